import { notFound, parseInput } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { saveChange } from "@/lib/revisions/save";
import { loadSection } from "../record";
import { updateSectionSchema } from "../schema";

/** Saves a section's heading, level and Markdown body; a stale version is a conflict. */
export async function updateSection(user: SessionUser, input: unknown, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> {
  const { id, version, ...section } = parseInput(updateSectionSchema, input);
  const current = await loadSection(id);
  if (!current) throw notFound(`section ${id}`);
  assertCan(user, "edit", { municipalityId: current.entity.municipalityId });
  return saveChange(user, {
    entity: current.entity,
    kind,
    version,
    before: current.snapshot,
    after: section,
    tags: current.tags,
    write: async (tx) => {
      await tx.documentSection.update({ where: { id }, data: section });
    },
  });
}
