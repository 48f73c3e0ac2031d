import type { FieldSpec } from "@/lib/admin/fields";
import { ActionStatus, GoalAssessmentValue } from "@/lib/generated/prisma/enums";
import { sv } from "@/lib/i18n/sv";

const f = sv.followUp;
const p = f.admin.periodFields;

export const periodFields: FieldSpec[] = [
  { name: "municipalityId", label: "", kind: "hidden" },
  { name: "title", label: p.title, kind: "text", required: true, maxLength: 120, hint: p.titleHint },
  { name: "slug", label: p.slug, kind: "slug", required: true, maxLength: 40, hint: p.slugHint },
  { name: "startsOn", label: p.startsOn, kind: "date", required: true },
  { name: "endsOn", label: p.endsOn, kind: "date", required: true },
];

/** The next calendar year's period, as the form suggests it. */
export function suggestedPeriod(latestEnd: Date | null, now = new Date()) {
  const year = latestEnd ? latestEnd.getUTCFullYear() + 1 : now.getUTCFullYear();
  return { title: `${f.title} ${year}`, slug: String(year), startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
}

/** Publish and reopen post the period and the version the page showed. */
export const periodStateFields: FieldSpec[] = [
  { name: "id", label: "", kind: "hidden" },
  { name: "version", label: "", kind: "hidden" },
];

export const signOffFields: FieldSpec[] = [
  { name: "periodId", label: "", kind: "hidden" },
  { name: "areaId", label: "", kind: "hidden" },
  { name: "ready", label: "", kind: "hidden" },
];

/** A follow-up table's own field: the period its rows are saved in. */
export const tableFormFields: FieldSpec[] = [{ name: "periodId", label: "", kind: "hidden" }];

const options = <K extends string>(keys: readonly K[], words: Record<K, string>) => keys.map((k) => ({ value: k, label: words[k] }));

/** One row of the bulk table of a plan's actions. */
export const actionFollowUpColumns: FieldSpec[] = [
  { name: "version", label: "", kind: "hidden" },
  { name: "status", label: f.status, kind: "select", options: options(Object.values(ActionStatus), f.actionStatus) },
  { name: "progress", label: `${f.progress} (%)`, kind: "integer" },
  { name: "reason", label: f.reason, kind: "text", maxLength: 1000, hint: f.actionStatusMeaning.NOT_ASSESSABLE },
  { name: "comment", label: f.comment, kind: "markdown", hint: sv.admin.fields.markdownHint },
  { name: "responsiblePerson", label: f.responsiblePerson, kind: "text", maxLength: 200 },
  { name: "reportedOn", label: f.reportedOn, kind: "date" },
];

/** One row of the table of a document's goals. */
export const goalAssessmentColumns: FieldSpec[] = [
  { name: "version", label: "", kind: "hidden" },
  { name: "assessment", label: f.assessmentLabel, kind: "select", options: options(Object.values(GoalAssessmentValue), f.assessment) },
  { name: "analysis", label: f.analysis, kind: "markdown", hint: sv.admin.fields.markdownHint },
];
