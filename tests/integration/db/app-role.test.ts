import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { withClient } from "../../support/pg-client";
import { createPlan } from "../../factories/plan";
import { unique } from "../../factories/unique";

/** The application's own connection, exactly as the app code under test uses it. */
const asApp = <T>(work: Parameters<typeof withClient<T>>[1]) => withClient(process.env.DATABASE_URL!, work);

async function auditRow() {
  const actor = `${unique("revisor")}@example.se`;
  await audit({ actor, action: "test-entry" });
  return db.auditEvent.findFirstOrThrow({ where: { actor } });
}

describe("the application's database role (docs/decisions/060)", () => {
  it("is not a superuser and owns no table", async () => {
    const [role] = await asApp(
      async (c) =>
        (
          await c.query<{ super: boolean; owned: number }>(
            `SELECT rolsuper AS super, (SELECT count(*)::int FROM pg_tables WHERE tableowner = current_user) AS owned FROM pg_roles WHERE rolname = current_user`,
          )
        ).rows,
    );
    expect(role).toEqual({ super: false, owned: 0 });
  });

  it.each([
    ["disable the audit trigger", `ALTER TABLE "AuditEvent" DISABLE TRIGGER "AuditEvent_append_only"`, /must be owner/],
    ["disable every trigger", `ALTER TABLE "AuditEvent" DISABLE TRIGGER ALL`, /must be owner/],
    ["delete audit rows", `DELETE FROM "AuditEvent"`, /permission denied/],
    ["update audit rows", `UPDATE "AuditEvent" SET actor = 'någon annan'`, /permission denied/],
    ["truncate the audit log", `TRUNCATE "AuditEvent"`, /permission denied/],
    ["drop the audit log", `DROP TABLE "AuditEvent"`, /must be owner/],
    [
      "replace the trigger function",
      `CREATE OR REPLACE FUNCTION "audit_event_is_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$`,
      /permission denied for schema/,
    ],
    ["switch triggers off for the session", `SET session_replication_role = replica`, /permission denied/],
    ["drop a content table", `DROP TABLE "Goal"`, /must be owner/],
    ["create a table", `CREATE TABLE "Smuggled" (id int)`, /permission denied/],
    ["rewrite the migration history", `DELETE FROM "_prisma_migrations"`, /permission denied/],
  ])("cannot %s", async (_, sql, refusal) => {
    const row = await auditRow();
    await expect(asApp((c) => c.query(sql))).rejects.toThrow(refusal);
    expect(await db.auditEvent.findUniqueOrThrow({ where: { id: row.id } })).toEqual(row);
  });

  it("still reads, writes and appends to the audit log", async () => {
    const plan = await createPlan();
    const goal = plan.goals[0]!;
    await db.goal.update({ where: { id: goal.id }, data: { title: "Ny titel" } });
    expect(await db.goal.findUniqueOrThrow({ where: { id: goal.id } })).toMatchObject({ title: "Ny titel" });
    const row = await auditRow();
    expect(row.action).toBe("test-entry");
  });
});
