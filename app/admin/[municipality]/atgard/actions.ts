"use server";

import type { FormState } from "@/lib/admin/fields";
import { adminPaths } from "@/lib/admin-paths";
import { runForm } from "@/lib/admin/run-form";
import { actionFields } from "@/lib/actions/form";
import { createAction } from "@/lib/actions/commands/create-action";
import { updateAction } from "@/lib/actions/commands/update-action";

export async function saveAction(_: FormState, form: FormData) {
  return runForm(form, actionFields(), (user, input) => updateAction(user, input));
}

export async function addAction(municipality: string, _: FormState, form: FormData) {
  return runForm(form, actionFields(undefined, undefined, false), createAction, (id) => adminPaths.action(municipality, id));
}
