import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { saveChange } from "@/lib/revisions/save";
import { MISSING_IN_SNAPSHOT, writeCells, type Cell } from "../cells";
import { indicatorSnapshot, indicatorTags, loadIndicator } from "../record";
import { updateIndicatorSchema } from "../schema";
import { cellOfField } from "../values";
import { prepareIndicator } from "../write";

/** The values a restored snapshot holds ("value 2023/T": 12.3, or "saknas"), entered by hand as far as the history knows. */
const snapshotCells = (input: unknown): Cell[] =>
  Object.entries(input as Record<string, unknown>).flatMap(([field, value]) => {
    const cell = cellOfField(field);
    if (!cell || (typeof value !== "number" && value !== MISSING_IN_SNAPSHOT)) return [];
    return [{ ...cell, value: typeof value === "number" ? value : null, source: "MANUAL" as const }];
  });

/**
 * Saves an indicator's description, target, Kolada KPI and goal links. A restore (from the history)
 * brings back its values as they were too.
 */
const command = defineCommand({
  schema: updateIndicatorSchema,
  load: ({ id }) => orNotFound(loadIndicator(id), `indicator ${id}`),
  // Indicators belong to the whole municipality: editors limited to areas may not change them.
  authorize: (user, current) => assertCan(user, "edit", { municipalityId: current.entity.municipalityId }),
  write: async ({ user, loaded: current, data }, kind: "UPDATE" | "RESTORE", input: unknown): Promise<number> => {
    const prepared = await prepareIndicator({ municipalityId: current.entity.municipalityId, indicatorId: data.id, currentSlug: current.snapshot.slug }, data);
    const restored = kind === "RESTORE" ? snapshotCells(input) : null;
    const values = restored ?? current.values;
    const kept = restored
      ? values.map((c) => current.values.find((s) => s.year === c.year && s.gender === c.gender && s.national === c.national && s.value === c.value) ?? c)
      : values;
    return saveChange(user, {
      entity: current.entity,
      kind,
      version: data.version,
      before: current.snapshot,
      after: indicatorSnapshot(prepared.fields, data.goalIds, values),
      tags: current.status === "PUBLISHED" ? [...current.tags, ...indicatorTags(current.municipalitySlug, prepared.goals)] : [],
      write: async (tx) => {
        await tx.indicator.update({ where: { id: data.id }, data: prepared.fields });
        await prepared.writeGoals(tx, data.id);
        if (restored) {
          await tx.indicatorValue.deleteMany({ where: { indicatorId: data.id } });
          await writeCells(tx, data.id, kept);
        }
      },
    });
  },
});

/** The restore's values are in the raw input (the snapshot), beyond what the schema keeps. */
export const updateIndicator = async (user: SessionUser, input: unknown, kind: "UPDATE" | "RESTORE" = "UPDATE") => command(user, input, kind, input);
