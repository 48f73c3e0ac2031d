import { notFound, parseInput } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { paths } from "@/lib/paths";
import { savePlanItem } from "@/lib/plan/save-item";
import { loadGoal } from "../record";
import { updateGoalSchema } from "../schema";
import { prepareGoal } from "../write";

/** Saves a goal's code, title, text, area and framework links; a stale version is a conflict. */
export async function updateGoal(user: SessionUser, input: unknown, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> {
  const data = parseInput(updateGoalSchema, input);
  const current = await loadGoal(data.id);
  if (!current) throw notFound(`goal ${data.id}`);
  const { municipalityId } = current.entity;
  assertCan(user, "edit", { municipalityId, areaId: current.areaId });
  const prepared = await prepareGoal(user, { municipalityId, documentId: current.documentId, goalId: data.id, currentSlug: current.snapshot.slug }, data);
  return savePlanItem(user, {
    current,
    version: data.version,
    kind,
    prepared,
    update: (tx) => tx.goal.update({ where: { id: data.id }, data: prepared.fields }),
    path: paths.goal,
  });
}
