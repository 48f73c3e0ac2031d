"use server";

import type { FormState } from "@/lib/admin/fields";
import { runPublicForm } from "@/lib/admin/run-form";
import { redeemEmailLink } from "@/lib/users/email-links";
import { paths } from "@/lib/paths";
import { emailLinkFields } from "@/lib/users/form";

export async function choosePassword(_: FormState, form: FormData) {
  return runPublicForm(form, emailLinkFields, (input) => redeemEmailLink(input), { then: `${paths.signIn()}?losenord=sparat` });
}
