import { db } from "@/lib/db/client";
import { invalid } from "@/lib/errors";
import { slugify } from "@/lib/slug";
import { goalsInMunicipality } from "@/lib/plan/links";
import type { Tx } from "@/lib/revisions/save";
import type { IndicatorFields } from "./schema";

/**
 * What create and update share, once the command has authorized the user for the whole municipality
 * (indicators belong to no area): linked goals must be the municipality's own, the address must be free.
 */
export async function prepareIndicator(
  scope: { municipalityId: number; indicatorId?: number; currentSlug?: string },
  data: Omit<IndicatorFields, "id" | "version">,
) {
  const goals = await goalsInMunicipality(scope.municipalityId, data.goalIds);
  const slug = data.slug ?? scope.currentSlug ?? slugify(data.name);
  if (
    await db.indicator.findFirst({
      where: { municipalityId: scope.municipalityId, slug, id: scope.indicatorId ? { not: scope.indicatorId } : undefined },
      select: { id: true },
    })
  ) {
    throw invalid({ slug: ["indicators.validation.slugTaken"] });
  }
  const fields = {
    name: data.name,
    slug,
    description: data.description || null,
    unit: data.unit,
    valueType: data.valueType,
    source: data.source ?? null,
    higherIsBetter: data.higherIsBetter,
    targetValue: data.targetValue ?? null,
    targetYear: data.targetValue === undefined ? null : (data.targetYear ?? null),
    koladaKpi: data.koladaKpi ?? null,
  };
  async function writeGoals(tx: Tx, indicatorId: number) {
    await tx.indicatorGoal.deleteMany({ where: { indicatorId } });
    await tx.indicatorGoal.createMany({ data: goals.map((g) => ({ indicatorId, goalId: g.id })) });
  }
  return { fields, goals, writeGoals };
}
