import path from "node:path";
import { db } from "@/lib/db/client";
import type { IndicatorValueType, PeriodStatus } from "@/lib/generated/prisma/client";
import { unique } from "./unique";

/** A small file in the shape of Kolada's API v2, with synthetic values (not Södertälje's real figures). */
export const KOLADA_FIXTURE = path.resolve("tests/fixtures/kolada/synthetic-n00945.json");

/** A period row as setup for a test (commands are tested on their own). */
export async function createPeriodRow(municipalityId: number, options: { year?: number; status?: PeriodStatus } = {}) {
  const year = options.year ?? 2025;
  const published = options.status === "PUBLISHED";
  return db.followUpPeriod.create({
    data: {
      municipalityId,
      slug: String(year),
      title: `Uppföljning ${year}`,
      startsOn: new Date(`${year}-01-01`),
      endsOn: new Date(`${year}-12-31`),
      status: options.status ?? "OPEN",
      publishedAt: published ? new Date(`${year + 1}-02-01T10:00:00Z`) : null,
    },
  });
}

/** An indicator row linked to goals, published unless told otherwise. */
export async function createIndicatorRow(
  municipalityId: number,
  options: { valueType?: IndicatorValueType; koladaKpi?: string; goalIds?: number[]; name?: string } = {},
) {
  return db.indicator.create({
    data: {
      municipalityId,
      slug: unique("indikator"),
      name: options.name ?? "Andel med gymnasieexamen",
      unit: options.valueType === "INTEGER" ? "antal" : "procent",
      valueType: options.valueType ?? "PERCENT",
      higherIsBetter: true,
      targetValue: options.valueType === "INTEGER" ? null : 75,
      targetYear: options.valueType === "INTEGER" ? null : 2030,
      koladaKpi: options.koladaKpi ?? null,
      position: 0,
      goals: { create: (options.goalIds ?? []).map((goalId) => ({ goalId })) },
    },
  });
}

/** Gives a test municipality the code the Kolada fixture uses (0181), taking it from whichever test had it before. */
export async function useKoladaCode(municipalityId: number, code = "0181") {
  await db.municipality.updateMany({ where: { code }, data: { code: unique("kod") } });
  await db.municipality.update({ where: { id: municipalityId }, data: { code } });
}
