import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import type { LoadedRecord } from "@/lib/revisions/record-kind";
import { valueFields } from "./cells";

/** Every public page that shows an indicator: the pages (and briefs) of the goals it is linked to. */
export const indicatorTags = (m: string, goals: { slug: string; document: { slug: string } }[]) =>
  goals.map((g) => cacheTags.page(paths.goal(m, g.document.slug, g.slug)));

const sorted = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);

/** The indicator's editable fields and its values, as a revision stores them (absent optional fields are left out). */
export function indicatorSnapshot(
  i: {
    name: string;
    slug: string;
    description?: string | null;
    unit: string;
    valueType: string;
    source?: string | null;
    higherIsBetter: boolean;
    targetValue?: number | null;
    targetYear?: number | null;
    koladaKpi?: string | null;
  },
  goalIds: number[],
  values: Parameters<typeof valueFields>[0],
) {
  return {
    name: i.name,
    slug: i.slug,
    description: i.description ?? undefined,
    unit: i.unit,
    valueType: i.valueType,
    source: i.source ?? undefined,
    higherIsBetter: i.higherIsBetter,
    targetValue: i.targetValue ?? undefined,
    targetYear: i.targetYear ?? undefined,
    koladaKpi: i.koladaKpi ?? undefined,
    goalIds: sorted(goalIds),
    ...valueFields(values),
  };
}

export async function loadIndicator(id: number) {
  const row = await db.indicator.findUnique({
    where: { id },
    include: {
      municipality: { select: { slug: true } },
      goals: { select: { goalId: true, goal: { select: { slug: true, document: { select: { slug: true } } } } } },
      values: { orderBy: [{ national: "asc" }, { year: "asc" }, { gender: "asc" }] },
    },
  });
  if (!row) return null;
  const m = row.municipality.slug;
  return {
    entity: { type: "indicator", id: row.id, municipalityId: row.municipalityId },
    areaId: null,
    version: row.version,
    status: row.status,
    snapshot: indicatorSnapshot(
      row,
      row.goals.map((g) => g.goalId),
      row.values,
    ),
    tags: indicatorTags(
      m,
      row.goals.map((g) => g.goal),
    ),
    municipalitySlug: m,
    valueType: row.valueType,
    values: row.values.map(({ year, gender, national, value, source, status, count }) => ({ year, gender, national, value, source, status, count })),
  } satisfies LoadedRecord & Record<string, unknown>;
}

export type LoadedIndicator = NonNullable<Awaited<ReturnType<typeof loadIndicator>>>;
