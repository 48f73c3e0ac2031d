import { invalid, notFound, parseInput } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { saveChange } from "@/lib/revisions/save";
import { loadPeriod } from "../record";
import { periodStateSchema } from "../schema";

/**
 * An administrator publishes the open period: its follow-ups and assessments become public at once on
 * every action, goal, area and document page of the municipality, in its reports and feed.
 */
export async function publishPeriod(user: SessionUser, input: unknown): Promise<number> {
  const data = parseInput(periodStateSchema, input);
  const period = await loadPeriod(data.id);
  if (!period) throw notFound(`period ${data.id}`);
  assertCan(user, "administer", { municipalityId: period.entity.municipalityId });
  if (period.status !== "OPEN") throw invalid({ "": [sv.followUp.validation.alreadyPublished] }, sv.followUp.validation.alreadyPublished);
  const publishedAt = new Date();
  return saveChange(user, {
    entity: period.entity,
    kind: "PUBLISH",
    version: data.version,
    before: period.snapshot,
    after: { ...period.snapshot, status: "PUBLISHED", publishedAt: publishedAt.toISOString() },
    tags: period.tags,
    write: async (tx) => void (await tx.followUpPeriod.update({ where: { id: data.id }, data: { status: "PUBLISHED", publishedAt } })),
  });
}
