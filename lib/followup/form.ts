import { type FieldSpec, hiddenFields } from "@/lib/admin/fields";
import { ActionStatus, GoalAssessmentValue } from "@/lib/generated/prisma/enums";
import { sv } from "@/lib/i18n/sv";

const f = sv.followUp;
const p = f.admin.periodFields;

export const periodFields: FieldSpec[] = [
  ...hiddenFields("municipalityId"),
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
export const periodStateFields: FieldSpec[] = hiddenFields("id", "version");

export const signOffFields: FieldSpec[] = hiddenFields("periodId", "areaId", "ready");

/** A follow-up table's own field: the period its rows are saved in. */
export const tableFormFields: FieldSpec[] = hiddenFields("periodId");

const options = <K extends string>(keys: readonly K[], words: Record<K, string>) => keys.map((k) => ({ value: k, label: words[k] }));

/** One row of the bulk table of a plan's actions. */
export const actionFollowUpColumns: FieldSpec[] = [
  ...hiddenFields("version"),
  { name: "status", label: f.status, kind: "select", options: options(Object.values(ActionStatus), f.actionStatus) },
  { name: "progress", label: `${f.progress} (%)`, kind: "integer" },
  { name: "reason", label: f.reason, kind: "text", maxLength: 1000, hint: f.actionStatusMeaning.NOT_ASSESSABLE },
  { name: "comment", label: f.comment, kind: "markdown", hint: sv.admin.fields.markdownHint },
  { name: "responsiblePerson", label: f.responsiblePerson, kind: "text", maxLength: 200 },
  { name: "reportedOn", label: f.reportedOn, kind: "date" },
];

/** One row of the table of a document's goals. */
export const goalAssessmentColumns: FieldSpec[] = [
  ...hiddenFields("version"),
  { name: "assessment", label: f.assessmentLabel, kind: "select", options: options(Object.values(GoalAssessmentValue), f.assessment) },
  { name: "analysis", label: f.analysis, kind: "markdown", hint: sv.admin.fields.markdownHint },
];
