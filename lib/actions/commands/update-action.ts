import { notFound, parseInput } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { paths } from "@/lib/paths";
import { savePlanItem } from "@/lib/plan/save-item";
import { actionTags, loadAction } from "../record";
import { updateActionSchema } from "../schema";
import { prepareAction } from "../write";

/** Saves an action's text, number, area and links; refused as a conflict if someone saved in between. */
export async function updateAction(user: SessionUser, input: unknown, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> {
  const data = parseInput(updateActionSchema, input);
  const current = await loadAction(data.id);
  if (!current) throw notFound(`action ${data.id}`);
  const { municipalityId } = current.entity;
  assertCan(user, "edit", { municipalityId, areaId: current.areaId });
  const prepared = await prepareAction(user, { municipalityId, documentId: current.documentId, actionId: data.id, currentSlug: current.snapshot.slug }, data);
  return savePlanItem(user, {
    current,
    version: data.version,
    kind,
    prepared,
    // Goal pages of goals it now serves show it too.
    tagsAfter: actionTags(current.municipalitySlug, current.documentSlug, prepared.goals),
    update: (tx) => tx.action.update({ where: { id: data.id }, data: prepared.fields }),
    path: paths.action,
  });
}
