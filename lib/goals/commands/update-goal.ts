import { notFound, parseInput } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { paths } from "@/lib/paths";
import { redirectRenamed } from "@/lib/plan/links";
import { saveChange } from "@/lib/revisions/save";
import { loadGoal } from "../record";
import { updateGoalSchema } from "../schema";
import { prepareGoal } from "../write";

/** Saves a goal's code, title, text, area and framework links; a stale version is a conflict. */
export async function updateGoal(user: SessionUser, input: unknown, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> {
  const data = parseInput(updateGoalSchema, input);
  const current = await loadGoal(data.id);
  if (!current) throw notFound(`goal ${data.id}`);
  assertCan(user, "edit", { municipalityId: current.entity.municipalityId, areaId: current.areaId });
  const prepared = await prepareGoal(
    user,
    { municipalityId: current.entity.municipalityId, documentId: current.documentId, goalId: data.id, currentSlug: current.snapshot.slug },
    data,
  );
  const { municipalitySlug: m, documentSlug: d } = current;
  return saveChange(user, {
    entity: current.entity,
    kind,
    version: data.version,
    before: current.snapshot,
    after: prepared.snapshot,
    tags: current.tags,
    write: async (tx) => {
      await tx.goal.update({ where: { id: data.id }, data: prepared.fields });
      await prepared.writeLinks(tx, data.id);
      await redirectRenamed(tx, paths.goal(m, d, current.snapshot.slug), paths.goal(m, d, prepared.fields.slug));
    },
  });
}
