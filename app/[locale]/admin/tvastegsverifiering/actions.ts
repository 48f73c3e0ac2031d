"use server";

import { getUser } from "@/lib/auth/session";
import { formStateOf } from "@/lib/admin/run-form";
import { getT } from "@/lib/i18n/server";
import { confirmTotp } from "@/lib/users/commands/confirm-totp";
import type { TotpEnrolState } from "@/components/admin/TotpEnrolForm";

export async function enableTotp(_: TotpEnrolState, form: FormData): Promise<TotpEnrolState> {
  try {
    return { status: "saved", recoveryCodes: await confirmTotp(await getUser(), { code: String(form.get("code") ?? "") }) };
  } catch (error) {
    return formStateOf(error, await getT());
  }
}
