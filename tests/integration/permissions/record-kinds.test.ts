import { vi } from "vitest";
import { db } from "@/lib/db/client";
import { entityTables, type EntityType } from "@/lib/revisions/entities";
import { recordKinds } from "@/lib/records/kinds";
import { moveRecord, isOrdered } from "@/lib/records/commands/move-record";
import { restoreRevision } from "@/lib/records/commands/restore-revision";
import { setStatus } from "@/lib/records/commands/set-status";
import { createPeriod } from "@/lib/followup/commands/create-period";
import { twoRecords } from "../../factories/records";
import { userWithRole } from "../../factories/users";
import { administration, areaContent, editForm, municipalityContent, permissionMatrix, type Expected, type World } from "../../support/permission-matrix";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

/** Each editable kind: who may write it, the areas a limited editor is tried with, and a field an edit changes. */
const kinds: { type: EntityType; expected: Expected; areas?: (w: World) => [number, number]; change: Record<string, unknown> }[] = [
  { type: "document", expected: municipalityContent, change: { title: "Ändrad titel" } },
  { type: "section", expected: municipalityContent, change: { body: "Ändrad text." } },
  { type: "area", expected: areaContent, change: { title: "Ändrad titel" } },
  { type: "goal", expected: areaContent, change: { title: "Ändrad titel" } },
  { type: "action", expected: areaContent, areas: (w) => [w.planAreas[0]!.id, w.planAreas[1]!.id], change: { title: "Ändrad titel" } },
  { type: "network", expected: municipalityContent, change: { purpose: "Ändrat syfte." } },
  { type: "goodExample", expected: municipalityContent, change: { summary: "Ändrad." } },
  { type: "knowledgePage", expected: municipalityContent, change: { summary: "Ändrad." } },
  { type: "dialogue", expected: municipalityContent, change: { summary: "Ändrad." } },
  { type: "group", expected: municipalityContent, change: { description: "Ändrad." } },
  { type: "processMap", expected: municipalityContent, change: { intro: "Ändrad." } },
  { type: "situation", expected: municipalityContent, change: { heading: "Ändrad rubrik" } },
  { type: "organisation", expected: municipalityContent, change: { name: "Ändrat namn" } },
  { type: "indicator", expected: municipalityContent, change: { description: "Ändrad." } },
  { type: "municipality", expected: administration, change: { intro: "Ändrad." } },
];

const recordOf = async (type: EntityType, w: World) => (type === "municipality" ? w.municipality.id : (await twoRecords(type, w))[0]);

for (const { type, expected, areas, change } of kinds) {
  const writes = entityTables[type];

  if (!recordKinds[type]!.statusless) {
    permissionMatrix(`archive a ${type}`, {
      arrange: async (w) => {
        const id = await recordOf(type, w);
        return { id, version: (await editForm(type, id)).version };
      },
      act: (user, record) => setStatus(user, { type, ...record, status: "ARCHIVED" }),
      expected,
      areas,
      writes,
    });
  }

  if (isOrdered(type)) {
    permissionMatrix(`move a ${type} down its list`, {
      arrange: async (w) => {
        const [id] = await twoRecords(type, w);
        return { id, version: (await editForm(type, id)).version };
      },
      act: (user, record) => moveRecord(user, { type, ...record, direction: "down" }),
      expected,
      areas,
      writes,
    });
  }

  // Two edits by an administrator; the first one's revision is brought back.
  permissionMatrix(`restore a ${type}'s earlier revision`, {
    arrange: async (w) => {
      const id = await recordOf(type, w);
      const admin = await userWithRole(w.municipality.id, "ADMIN");
      const kind = recordKinds[type]!;
      await kind.update(admin, await editForm(type, id, change));
      const version = await kind.update(admin, await editForm(type, id, Object.fromEntries(Object.keys(change).map((k) => [k, `${change[k]} Igen.`]))));
      const revision = await db.revision.findFirstOrThrow({ where: { entityType: type, entityId: id, version: version - 1 } });
      return { revisionId: revision.id, version };
    },
    act: (user, restore) => restoreRevision(user, restore),
    expected,
    areas,
    writes,
  });
}

// A revision of a kind that cannot be restored: the permission is checked before the kind, so another
// municipality learns nothing about it.
permissionMatrix("restore a revision of a follow-up period", {
  arrange: async (w) => {
    const admin = await userWithRole(w.municipality.id, "ADMIN");
    const id = await createPeriod(admin, {
      municipalityId: w.municipality.id,
      title: "Uppföljning 2025",
      slug: "2025",
      startsOn: "2025-01-01",
      endsOn: "2025-12-31",
    });
    const revision = await db.revision.findFirstOrThrow({ where: { entityType: "period", entityId: id } });
    return { revisionId: revision.id, version: 1 };
  },
  act: (user, restore) => restoreRevision(user, restore),
  expected: {
    admin: "INVALID",
    editor: "INVALID",
    areaEditor: "INVALID",
    otherAreaEditor: "INVALID",
    reviewer: "INVALID",
    otherAdmin: "FORBIDDEN",
    disabled: "UNAUTHENTICATED",
  },
  writes: "FollowUpPeriod",
});
