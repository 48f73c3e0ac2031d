import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { auditFilterChoices, auditFilterSchema, auditLog } from "@/lib/audit-log/queries";
import { auditCsv, changeText } from "@/lib/audit-log/present";
import { createPlan } from "../../factories/plan";
import { createUser, sessionUser, userWithRole } from "../../factories/users";
import { failure } from "../../support/app-error";
import { translator } from "@/lib/i18n/translator";

const filter = (params: Record<string, string> = {}) => auditFilterSchema.parse(params);

/** Two municipalities, each with an administrator and a few entries; A's entries at known times. */
async function twoMunicipalities() {
  const [a, b] = [(await createPlan()).municipality, (await createPlan()).municipality];
  const adminA = await userWithRole(a.id, "ADMIN");
  const adminB = await userWithRole(b.id, "ADMIN");
  const editor = await createUser({ municipalityId: a.id, role: "EDITOR" });
  const at = (day: string) => new Date(`${day}T10:00:00Z`);
  await db.auditEvent.createMany({
    data: [
      {
        at: at("2026-03-01"),
        userId: editor.id,
        actor: editor.email,
        action: "update",
        entityType: "goal",
        entityId: 7,
        municipalityId: a.id,
        before: { title: "Gammal rubrik", text: "Samma" },
        after: { title: "Ny rubrik", text: "Samma" },
      },
      {
        at: at("2026-03-05"),
        userId: adminA.id,
        actor: adminA.email,
        action: "publish",
        entityType: "document",
        entityId: 3,
        municipalityId: a.id,
        before: { status: "DRAFT" },
        after: { status: "PUBLISHED" },
      },
      {
        at: at("2026-03-09"),
        userId: adminA.id,
        actor: adminA.email,
        action: "change-role",
        entityType: "user",
        entityId: editor.id,
        municipalityId: a.id,
        before: { role: "EDITOR" },
        after: { role: "REVIEWER" },
      },
      {
        at: at("2026-03-06"),
        userId: adminB.id,
        actor: adminB.email,
        action: "update",
        entityType: "goal",
        entityId: 8,
        municipalityId: b.id,
        after: { title: "B:s hemlighet" },
      },
    ],
  });
  // A sign-in belongs to no municipality: never in a municipality's log.
  await audit({ userId: editor.id, actor: editor.email, action: "sign-in" });
  return { a, b, adminA, adminB, editor };
}

const sv = translator("sv");

describe("the audit log read model", () => {
  it("shows an administrator their municipality's entries, newest first: who, what, when, before → after", async () => {
    const { a, adminA, editor } = await twoMunicipalities();
    const log = await auditLog(adminA, a.id, filter());
    expect(log.total).toBe(3);
    expect(log.entries.map((e) => e.action)).toEqual(["change-role", "publish", "update"]);
    expect(log.entries[2]).toMatchObject({
      actor: editor.email,
      name: editor.name,
      entityType: "goal",
      entityId: 7,
      changes: [{ field: "title", before: "Gammal rubrik", after: "Ny rubrik" }],
    });
    expect(JSON.stringify(log)).not.toContain("B:s hemlighet");
  });

  it("filters by person, action, kind and date range, and pages", async () => {
    const { a, adminA, editor } = await twoMunicipalities();
    const actions = async (params: Record<string, string>, limit?: number) =>
      (await auditLog(adminA, a.id, filter(params), limit)).entries.map((e) => e.action);
    expect(await actions({ person: editor.email })).toEqual(["update"]);
    expect(await actions({ handelse: "publish" })).toEqual(["publish"]);
    expect(await actions({ typ: "user" })).toEqual(["change-role"]);
    expect(await actions({ fran: "2026-03-05", till: "2026-03-05" })).toEqual(["publish"]);
    expect(await actions({ fran: "2026-03-02" })).toEqual(["change-role", "publish"]);
    expect(await actions({ till: "2026-03-04" })).toEqual(["update"]);
    expect(await actions({ sida: "2" }, 2)).toEqual(["update"]);
    expect((await auditLog(adminA, a.id, filter({ sida: "2" }), 2)).pages).toBe(2);
    // Junk in the address is ignored, not an error.
    expect(filter({ fran: "0000-99-99", sida: "-4", person: "" })).toEqual(filter());
    expect(await auditFilterChoices(adminA, a.id)).toEqual({
      people: [adminA.email, editor.email].sort(),
      actions: ["change-role", "publish", "update"],
      entityTypes: ["document", "goal", "user"],
    });
  });

  it("exports the filtered entries through the one CSV writer", async () => {
    const { a, adminA } = await twoMunicipalities();
    const csv = auditCsv(sv, (await auditLog(adminA, a.id, filter({ typ: "goal" }))).entries);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe("tidpunkt,e-post,namn,händelse,typ,id,ändringar (fält: före → efter)");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("2026-03-01T10:00:00.000Z");
    const roleChange = (await auditLog(adminA, a.id, filter({ typ: "user" }))).entries[0]!;
    expect(roleChange.changes.map((c) => changeText(sv, c))).toEqual(["Roll: Redaktör → Granskare"]);
    expect(lines[1]).toContain("Ändrade,Mål,7,Rubrik: Gammal rubrik → Ny rubrik");
  });

  it("is for the municipality's administrators only", async () => {
    const { a, adminB, editor } = await twoMunicipalities();
    const reviewer = await userWithRole(a.id, "REVIEWER");
    for (const user of [adminB, await sessionUser(editor.id), reviewer]) {
      expect((await failure(auditLog(user, a.id, filter()))).code).toBe("FORBIDDEN");
      expect((await failure(auditFilterChoices(user, a.id))).code).toBe("FORBIDDEN");
    }
    expect((await failure(auditLog(null, a.id, filter()))).code).toBe("UNAUTHENTICATED");
  });
});
