import { ActionStatus, GoalAssessmentValue } from "@/lib/generated/prisma/enums";

/** An action's status in a period, or MISSING when nothing was reported for it. */
export type StatusKey = ActionStatus | "MISSING";
export type AssessmentKey = GoalAssessmentValue | "MISSING";

export const statusKeys: readonly StatusKey[] = [...Object.values(ActionStatus), "MISSING"];
export const assessmentKeys: readonly AssessmentKey[] = [...Object.values(GoalAssessmentValue), "MISSING"];

/** Statuses that take an action out of what is to be carried out. */
const NOT_COUNTED: readonly StatusKey[] = ["CANCELLED", "NOT_ASSESSABLE"];

export type Progress = {
  counts: Record<StatusKey, number>;
  /** Actions in the set. */
  total: number;
  /** Actions to be carried out: all but the cancelled and the not assessable. */
  counted: number;
  done: number;
  /** done / counted in whole percent; null when nothing is to be carried out. */
  share: number | null;
};

const tally = <K extends string>(keys: readonly K[], values: K[]) => {
  const counts = Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
  for (const value of values) counts[value] += 1;
  return counts;
};

/**
 * The one progress rule for an area, a plan or a whole report (docs/decisions/030-progress-rule.md):
 * the share of done actions among those to be carried out. Cancelled and not assessable actions do
 * not count; an action without follow-up counts as not done, so a gap can never look like progress.
 */
export function progressOf(statuses: (ActionStatus | null)[]): Progress {
  const counts = tally(
    statusKeys,
    statuses.map((s) => s ?? "MISSING"),
  );
  const total = statuses.length;
  const counted = total - NOT_COUNTED.reduce((n, k) => n + counts[k], 0);
  const done = counts.DONE;
  return { counts, total, counted, done, share: counted > 0 ? Math.round((done / counted) * 100) : null };
}

export const assessmentCounts = (assessments: (GoalAssessmentValue | null)[]) =>
  tally(
    assessmentKeys,
    assessments.map((a) => a ?? "MISSING"),
  );
