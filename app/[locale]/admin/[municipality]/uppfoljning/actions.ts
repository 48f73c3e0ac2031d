"use server";

import type { FormState } from "@/lib/admin/fields";
import { adminPaths } from "@/lib/admin-paths";
import { runForm } from "@/lib/admin/run-form";
import { nestRows, tableFields } from "@/lib/admin/rows";
import { actionFollowUpColumns, goalAssessmentColumns, periodFields, periodStateFields, signOffFields, tableFormFields } from "@/lib/followup/form";
import { createPeriod } from "@/lib/followup/commands/create-period";
import { publishPeriod } from "@/lib/followup/commands/publish-period";
import { reopenPeriod } from "@/lib/followup/commands/reopen-period";
import { cancelPeriod } from "@/lib/followup/commands/cancel-period";
import { setAreaSignOff } from "@/lib/followup/commands/set-area-sign-off";
import { saveActionFollowUps } from "@/lib/followup/commands/save-action-follow-ups";
import { saveGoalAssessments } from "@/lib/followup/commands/save-goal-assessments";

export async function addPeriod(municipality: string, _: FormState, form: FormData) {
  return runForm(form, periodFields, createPeriod, (id) => adminPaths.period(municipality, id));
}

// Publishing and reopening go back to the period's page, which then says what changed for residents.
export async function publish(municipality: string, _: FormState, form: FormData) {
  return runForm(form, periodStateFields, publishPeriod, () => adminPaths.period(municipality, Number(form.get("id"))), "periodPublished");
}

export async function reopen(municipality: string, _: FormState, form: FormData) {
  return runForm(form, periodStateFields, reopenPeriod, () => adminPaths.period(municipality, Number(form.get("id"))), "periodReopened");
}

export async function cancel(municipality: string, _: FormState, form: FormData) {
  return runForm(form, periodStateFields, cancelPeriod, () => adminPaths.followUp(municipality), "periodCancelled");
}

export async function signOff(_: FormState, form: FormData) {
  return runForm(form, signOffFields, setAreaSignOff);
}

export async function saveActionTable(_: FormState, form: FormData) {
  return runForm(
    form,
    (f) => tableFields(tableFormFields, actionFollowUpColumns, f),
    (user, input) => saveActionFollowUps(user, nestRows(input)),
  );
}

export async function saveGoalTable(_: FormState, form: FormData) {
  return runForm(
    form,
    (f) => tableFields(tableFormFields, goalAssessmentColumns, f),
    (user, input) => saveGoalAssessments(user, nestRows(input)),
  );
}
