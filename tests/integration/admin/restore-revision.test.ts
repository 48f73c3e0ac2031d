import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { recordKinds } from "@/lib/records/kinds";
import { restoreRevision } from "@/lib/records/commands/restore-revision";
import { createPlan } from "../../factories/plan";
import { userWithRole } from "../../factories/users";
import { editForm } from "../../support/permission-matrix";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

const day = (d: string) => new Date(`${d}T00:00:00Z`);

describe("restoring a revision whose fields were empty", () => {
  it("empties a goal's text again", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const goalId = plan.goals[0]!.id;
    const empty = await recordKinds.goal!.update(admin, await editForm("goal", goalId, { title: "Utan text" }));
    const filled = await recordKinds.goal!.update(admin, await editForm("goal", goalId, { text: "Text som ska bort." }));
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "goal", entityId: goalId, version: empty } });

    await restoreRevision(admin, { revisionId: revision.id, version: filled });

    expect(await db.goal.findUniqueOrThrow({ where: { id: goalId } })).toMatchObject({ title: "Utan text", text: null });
  });

  it("empties a document's registration number and dates again", async () => {
    const plan = await createPlan();
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const id = plan.plan.id;
    const empty = await recordKinds.document!.update(admin, await editForm("document", id, { title: "Plan utan datum" }));
    const filled = await recordKinds.document!.update(
      admin,
      await editForm("document", id, { registrationNumber: "KS 2025/1", adoptedOn: "2025-01-15", reviewBy: "2028-06-30" }),
    );
    expect(await db.document.findUniqueOrThrow({ where: { id } })).toMatchObject({ adoptedOn: day("2025-01-15") });
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "document", entityId: id, version: empty } });

    await restoreRevision(admin, { revisionId: revision.id, version: filled });

    expect(await db.document.findUniqueOrThrow({ where: { id } })).toMatchObject({
      title: "Plan utan datum",
      registrationNumber: null,
      adoptedOn: null,
      reviewBy: null,
    });
  });
});
