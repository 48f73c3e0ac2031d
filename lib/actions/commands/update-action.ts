import { notFound, parseInput } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { paths } from "@/lib/paths";
import { redirectRenamed } from "@/lib/plan/links";
import { saveChange } from "@/lib/revisions/save";
import { actionTags, loadAction } from "../record";
import { updateActionSchema } from "../schema";
import { prepareAction } from "../write";

/** Saves an action's text, number, area and links; refused as a conflict if someone saved in between. */
export async function updateAction(user: SessionUser, input: unknown, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> {
  const data = parseInput(updateActionSchema, input);
  const current = await loadAction(data.id);
  if (!current) throw notFound(`action ${data.id}`);
  assertCan(user, "edit", { municipalityId: current.entity.municipalityId, areaId: current.areaId });
  const prepared = await prepareAction(
    user,
    { municipalityId: current.entity.municipalityId, documentId: current.documentId, actionId: data.id, currentSlug: current.snapshot.slug },
    data,
  );
  const { municipalitySlug: m, documentSlug: d } = current;
  return saveChange(user, {
    entity: current.entity,
    kind,
    version: data.version,
    before: current.snapshot,
    after: prepared.snapshot,
    tags: [...current.tags, ...actionTags(m, d, prepared.goals)],
    write: async (tx) => {
      await tx.action.update({ where: { id: data.id }, data: prepared.fields });
      await prepared.writeLinks(tx, data.id);
      await redirectRenamed(tx, paths.action(m, d, current.snapshot.slug), paths.action(m, d, prepared.fields.slug));
    },
  });
}
