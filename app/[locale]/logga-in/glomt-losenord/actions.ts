"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import type { FormState } from "@/lib/admin/fields";
import { runPublicForm } from "@/lib/admin/run-form";
import { clientAddress } from "@/lib/auth/client-address";
import { requestPasswordReset } from "@/lib/users/email-links";
import { env } from "@/lib/env";
import { resetRequestFields } from "@/lib/users/form";

export async function askForReset(_: FormState, form: FormData) {
  const address = clientAddress({ "x-forwarded-for": (await headers()).get("x-forwarded-for") ?? undefined }, env.TRUSTED_PROXIES);
  const locale = await getLocale();
  return runPublicForm(form, resetRequestFields, (input) => requestPasswordReset(input, address, locale), { message: "account.forgotSent" });
}
