import type { SessionUser } from "@/lib/auth/types";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { editableInput } from "@/lib/municipal-items/schema";
import { saveChange } from "@/lib/revisions/save";
import { loadMunicipality } from "../record";
import { updateMunicipalitySchema } from "../schema";

const command = defineCommand({
  schema: updateMunicipalitySchema,
  load: ({ id }) => orNotFound(loadMunicipality(id), `municipality ${id}`),
  authorize: (user: SessionUser | null, _current, { id }) => assertCan(user, "administer", { municipalityId: id }),
  write: async ({ user, loaded: current, data: { id, version, ...data } }, kind: "UPDATE" | "RESTORE"): Promise<number> => {
    const after = { name: data.name, shortName: data.shortName, intro: data.intro, contact: data.contact ?? null };
    return saveChange(user, {
      entity: current.entity,
      kind,
      version,
      before: current.snapshot,
      after,
      tags: current.tags,
      write: async (tx) => {
        await tx.municipality.update({ where: { id }, data: after });
      },
    });
  },
});

/** Saves a municipality's name, introduction and contact text: its administrators only. */
export const updateMunicipality = async (user: SessionUser | null, input: unknown, kind: "UPDATE" | "RESTORE" = "UPDATE") =>
  command(user, editableInput(input), kind);
