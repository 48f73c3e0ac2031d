import { notFound, parseInput } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { editableInput } from "@/lib/municipal-items/schema";
import { saveChange } from "@/lib/revisions/save";
import { loadMunicipality } from "../record";
import { updateMunicipalitySchema } from "../schema";

/** Saves a municipality's name, introduction and contact text: its administrators only. */
export async function updateMunicipality(user: SessionUser | null, input: unknown, kind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> {
  const { id, version, ...data } = parseInput(updateMunicipalitySchema, editableInput(input));
  const current = await loadMunicipality(id);
  if (!current) throw notFound(`municipality ${id}`);
  assertCan(user, "administer", { municipalityId: id });
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
}
