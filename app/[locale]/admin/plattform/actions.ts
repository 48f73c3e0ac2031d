"use server";

import type { FormState } from "@/lib/admin/fields";
import { runForm } from "@/lib/admin/run-form";
import { createMunicipality } from "@/lib/platform/commands/create-municipality";
import { inviteAdministrator } from "@/lib/platform/commands/invite-administrator";
import { makeOperator } from "@/lib/platform/commands/make-operator";
import { createMunicipalityFields, inviteAdministratorFields, makeOperatorFields } from "@/lib/platform/form";

export async function addMunicipality(_: FormState, form: FormData) {
  return runForm(form, createMunicipalityFields, createMunicipality);
}

export async function inviteAdmin(_: FormState, form: FormData) {
  return runForm(form, inviteAdministratorFields([]), inviteAdministrator);
}

export async function addOperator(_: FormState, form: FormData) {
  return runForm(form, makeOperatorFields, makeOperator);
}
