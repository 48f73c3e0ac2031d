"use server";

import type { FormState } from "@/lib/admin/fields";
import { adminPaths } from "@/lib/admin-paths";
import { runForm } from "@/lib/admin/run-form";
import { actionFields } from "@/lib/actions/form";
import { createAction } from "@/lib/actions/commands/create-action";
import { updateAction } from "@/lib/actions/commands/update-action";
import { createItem } from "@/lib/municipal-items/commands/create-item";
import { itemFields } from "@/lib/municipal-items/form";
import { organisationItem } from "@/lib/organisations/item";

export async function saveAction(_: FormState, form: FormData) {
  return runForm(form, actionFields(), (user, input) => updateAction(user, input));
}

/** A responsible body added from the action form, which then lists it without leaving the page. */
export async function addOrganisation(_: FormState, form: FormData) {
  return runForm(form, itemFields(organisationItem, undefined, "create"), (user, input) => createItem(organisationItem, user, input));
}

export async function addAction(municipality: string, _: FormState, form: FormData) {
  return runForm(form, actionFields(undefined, undefined, false), createAction, (id) => adminPaths.action(municipality, id));
}
