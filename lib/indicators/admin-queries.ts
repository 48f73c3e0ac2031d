import { db } from "@/lib/db/client";
import { indicatorSelect, indicatorView } from "./series";
import { loadIndicator } from "./record";

/** A municipality's indicators in every status, for its coordinators. */
export const listIndicators = (municipalityId: number) =>
  db.indicator.findMany({
    where: { municipalityId },
    orderBy: { position: "asc" },
    select: { id: true, name: true, unit: true, status: true, koladaKpi: true, _count: { select: { values: true, goals: true } } },
  });

/** The indicator editor: its fields as stored, and its values by year as the values table shows them. */
export async function getIndicatorForEditing(municipalityId: number, id: number) {
  const record = await loadIndicator(id);
  if (!record || record.entity.municipalityId !== municipalityId) return null;
  const row = await db.indicator.findUniqueOrThrow({ where: { id }, ...indicatorSelect });
  return { ...record, view: indicatorView(row) };
}
