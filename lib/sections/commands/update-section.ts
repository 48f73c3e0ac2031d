import { assertCan } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { saveChange } from "@/lib/revisions/save";
import { loadSection } from "../record";
import { updateSectionSchema } from "../schema";
import { prepareSection } from "../write";

/** Saves a section's heading, level and Markdown body; a stale version is a conflict. */
export const updateSection = defineCommand({
  schema: updateSectionSchema,
  load: ({ id }) => orNotFound(loadSection(id), `section ${id}`),
  authorize: (user, current) => assertCan(user, "edit", { municipalityId: current.entity.municipalityId }),
  write: async ({ user, loaded: current, data: { id, version, ...section } }, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> => {
    const prepared = prepareSection(section);
    return saveChange(user, {
      entity: current.entity,
      kind,
      version,
      before: current.snapshot,
      after: prepared.snapshot,
      tags: current.tags,
      write: async (tx) => {
        await tx.documentSection.update({ where: { id }, data: prepared.fields });
      },
    });
  },
});
