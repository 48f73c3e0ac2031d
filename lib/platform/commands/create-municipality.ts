import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { assertCan, platform } from "@/lib/auth/permissions";
import { cacheTags } from "@/lib/cache-tags";
import { defineCommand } from "@/lib/commands/define";
import { createWithRevision } from "@/lib/revisions/save";
import { createMunicipalitySchema, shortNameOf } from "../schema";

/**
 * An operator adds a municipality: its first revision and audit entry are the operator's, in the new
 * municipality's own history. It has no documents and nobody yet; its administrator is invited next.
 */
export const createMunicipality = defineCommand({
  schema: createMunicipalitySchema,
  authorize: (user) => assertCan(user, "operate", platform),
  write: async ({ user, data }): Promise<number> => {
    const taken = await db.municipality.findMany({ where: { OR: [{ slug: data.slug }, { code: data.code }] }, select: { slug: true, code: true } });
    if (taken.length > 0) {
      throw invalid({
        ...(taken.some((m) => m.slug === data.slug) ? { slug: ["admin.platform.slugTaken"] } : {}),
        ...(taken.some((m) => m.code === data.code) ? { code: ["admin.platform.codeTaken"] } : {}),
      });
    }
    const after = { name: data.name, shortName: shortNameOf(data.name), intro: "", contact: data.contact ?? null };
    return createWithRevision(user, {
      type: "municipality",
      after,
      create: async (tx) => (await tx.municipality.create({ data: { ...after, slug: data.slug, code: data.code }, select: { id: true } })).id,
      tags: [cacheTags.municipalities()],
    });
  },
});
