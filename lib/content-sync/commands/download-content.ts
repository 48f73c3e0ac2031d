import { z } from "@/lib/validation";
import { db } from "@/lib/db/client";
import { audit } from "@/lib/audit/record";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { defineCommand } from "@/lib/commands/define";
import { notFound } from "@/lib/errors";
import { exportMunicipality, exportReference } from "../export";
import { zip } from "../zip";

/**
 * A municipality's content as the files `content:import` reads, zipped (the format is a folder), for its
 * administrators: everything public in one download, so the log records who took it.
 */
export const downloadContent = defineCommand({
  schema: z.object({ municipalityId: z.number().int().positive() }),
  // Before any lookup, so another municipality's content reveals nothing.
  authorize: (user: SessionUser | null, _nothing, data) => assertCan(user, "administer", { municipalityId: data.municipalityId }),
  write: async ({ user, data }): Promise<{ slug: string; zip: Buffer }> => {
    const { slug } = (await db.municipality.findUnique({ where: { id: data.municipalityId }, select: { slug: true } })) ?? {};
    const files = slug ? await exportMunicipality(slug) : null;
    if (!slug || !files) throw notFound(`municipality ${data.municipalityId}`);
    await audit({
      userId: user.id,
      actor: user.email,
      action: "export-content",
      entityType: "municipality",
      entityId: data.municipalityId,
      municipalityId: data.municipalityId,
    });
    const content = new Map([...(await exportReference()), ...files].map(([file, text]) => [`content/${file}`, text]));
    return { slug, zip: zip(content) };
  },
});
