import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { createWithRevision } from "@/lib/revisions/save";
import { periodSnapshot } from "../record";
import { createPeriodSchema } from "../schema";

/** An administrator opens a period (one open at a time). It stays invisible to the public until published. */
export const createPeriod = defineCommand({
  schema: createPeriodSchema,
  authorize: (user, _nothing, { municipalityId }) => assertCan(user, "administer", { municipalityId }),
  write: async ({ user, data }): Promise<number> => {
    if (await db.followUpPeriod.findFirst({ where: { municipalityId: data.municipalityId, status: "OPEN" }, select: { id: true } })) {
      throw invalid({ "": ["followUp.validation.anotherOpen"] }, "followUp.validation.anotherOpen");
    }
    if (await db.followUpPeriod.findFirst({ where: { municipalityId: data.municipalityId, slug: data.slug }, select: { id: true } })) {
      throw invalid({ slug: ["followUp.validation.periodSlugTaken"] });
    }
    const fields = {
      title: data.title,
      slug: data.slug,
      startsOn: new Date(data.startsOn),
      endsOn: new Date(data.endsOn),
      status: "OPEN" as const,
      publishedAt: null,
    };
    return createWithRevision(user, {
      type: "period",
      municipalityId: data.municipalityId,
      after: periodSnapshot(fields),
      tags: [],
      create: async (tx) => (await tx.followUpPeriod.create({ data: { municipalityId: data.municipalityId, ...fields }, select: { id: true } })).id,
    });
  },
});
