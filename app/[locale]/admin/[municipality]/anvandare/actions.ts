"use server";

import type { FormState } from "@/lib/admin/fields";
import { runForm } from "@/lib/admin/run-form";
import { addUserFields, changeGrantFields, removeGrantFields, setPasswordFields } from "@/lib/users/form";
import { addUser } from "@/lib/users/commands/add-user";
import { changeGrant } from "@/lib/users/commands/change-grant";
import { removeGrant } from "@/lib/users/commands/remove-grant";
import { setPassword } from "@/lib/users/commands/set-password";

export async function addPerson(_: FormState, form: FormData) {
  return runForm(form, addUserFields(), addUser);
}

export async function changeRole(_: FormState, form: FormData) {
  return runForm(form, changeGrantFields(), changeGrant);
}

export async function removeRole(_: FormState, form: FormData) {
  return runForm(form, removeGrantFields, removeGrant);
}

export async function changePassword(_: FormState, form: FormData) {
  return runForm(form, setPasswordFields, setPassword);
}
