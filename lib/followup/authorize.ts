import { forbidden, invalid, notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import type { loadPeriod } from "./record";

type Period = NonNullable<Awaited<ReturnType<typeof loadPeriod>>>;

/**
 * The period a follow-up write goes into: it must exist, the user must belong to its municipality,
 * and it must be open (a published period is changed only after an administrator reopens it).
 */
export function assertPeriodOpenTo(user: SessionUser, period: Period | null, periodId: number): asserts period is Period {
  if (!period) throw notFound(`period ${periodId}`);
  assertCan(user, "view", { municipalityId: period.entity.municipalityId });
  if (period.status !== "OPEN") throw invalid({ "": ["followUp.validation.periodNotOpen"] }, "followUp.validation.periodNotOpen");
}

/** A row's record must lie in the period's municipality; another municipality's is refused, not looked up. */
export function assertCanEditRow(user: SessionUser, periodMunicipalityId: number, item: { municipalityId: number; areaId: number }) {
  assertCan(user, "edit", item);
  if (item.municipalityId !== periodMunicipalityId) throw forbidden(`row of municipality ${item.municipalityId} in a period of ${periodMunicipalityId}`);
}
