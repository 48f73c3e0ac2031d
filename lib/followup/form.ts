import { type FieldSpec, hiddenFields } from "@/lib/admin/fields";
import { ActionStatus, GoalAssessmentValue } from "@/lib/generated/prisma/enums";
import type { MessageKey, Translate } from "@/lib/i18n/message";

// Labels, hints and option labels are catalogue keys: the form translates them (lib/admin/fields.ts).
const p = "followUp.admin.periodFields";

export const periodFields: FieldSpec[] = [
  ...hiddenFields("municipalityId"),
  { name: "title", label: `${p}.title`, kind: "text", required: true, maxLength: 120, hint: `${p}.titleHint` },
  { name: "slug", label: `${p}.slug`, kind: "slug", required: true, maxLength: 40, hint: `${p}.slugHint` },
  { name: "startsOn", label: `${p}.startsOn`, kind: "date", required: true },
  { name: "endsOn", label: `${p}.endsOn`, kind: "date", required: true },
];

/** The next calendar year's period, as the form suggests it, titled in the coordinator's language. */
export function suggestedPeriod(t: Translate, latestEnd: Date | null, now = new Date()) {
  const year = latestEnd ? latestEnd.getUTCFullYear() + 1 : now.getUTCFullYear();
  return { title: t("followUp.admin.suggestedTitle", { year: String(year) }), slug: String(year), startsOn: `${year}-01-01`, endsOn: `${year}-12-31` };
}

/** Publish and reopen post the period and the version the page showed. */
export const periodStateFields: FieldSpec[] = hiddenFields("id", "version");

export const signOffFields: FieldSpec[] = hiddenFields("periodId", "areaId", "ready");

/** A follow-up table's own field: the period its rows are saved in. */
export const tableFormFields: FieldSpec[] = hiddenFields("periodId");

const options = <K extends string>(keys: readonly K[], label: (key: K) => MessageKey) => keys.map((k) => ({ value: k, label: label(k) }));

/** One row of the bulk table of a plan's actions. */
export const actionFollowUpColumns: FieldSpec[] = [
  ...hiddenFields("version"),
  { name: "status", label: "followUp.status", kind: "select", options: options(Object.values(ActionStatus), (s) => `followUp.actionStatus.${s}`) },
  { name: "progress", label: "followUp.admin.progressField", kind: "integer" },
  { name: "reason", label: "followUp.reason", kind: "text", maxLength: 1000, hint: "followUp.actionStatusMeaning.NOT_ASSESSABLE" },
  { name: "comment", label: "followUp.comment", kind: "markdown", hint: "admin.fields.markdownHint" },
  { name: "responsiblePerson", label: "followUp.responsiblePerson", kind: "text", maxLength: 200 },
  { name: "reportedOn", label: "followUp.reportedOn", kind: "date" },
];

/** One row of the table of a document's goals. */
export const goalAssessmentColumns: FieldSpec[] = [
  ...hiddenFields("version"),
  {
    name: "assessment",
    label: "followUp.assessmentLabel",
    kind: "select",
    options: options(Object.values(GoalAssessmentValue), (a) => `followUp.assessment.${a}`),
  },
  { name: "analysis", label: "followUp.analysis", kind: "markdown", hint: "admin.fields.markdownHint" },
];
