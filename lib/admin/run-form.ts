import "server-only";
import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { getLocale } from "next-intl/server";
import { getT } from "@/lib/i18n/server";
import { translateMessage, type Message, type Translate } from "@/lib/i18n/message";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { getPathname } from "@/lib/i18n/navigation";
import { getUser } from "@/lib/auth/session";
import type { SessionUser } from "@/lib/auth/types";
import { FLASH_COOKIE, type FlashKey } from "./flash";
import { rawValues, readForm, redisplayed, type FieldSpec, type FormState } from "./fields";

/**
 * The body of every admin form's server action: the signed-in user (checked on the server, never
 * trusted from the browser), the posted fields read by the form's own description, the command,
 * and any AppError turned into a form state that keeps everything the user typed.
 * A server action is a public endpoint whatever its TypeScript signature says: a request can bind
 * any value to its arguments, so a form that is not a form is refused here, and whatever the bound
 * arguments are, the redirect after success is made inside the error handling.
 */
export async function runForm(
  form: FormData,
  /** The form's fields, or for a table form, made from the posted row keys. */
  fieldsOf: readonly FieldSpec[] | ((form: FormData) => readonly FieldSpec[]),
  command: (user: SessionUser, input: Record<string, unknown>) => Promise<number | void>,
  /** Where to go after success, given the command's result (a new record's id): for forms that create. A path without language: the admin stays in theirs. */
  then?: (result: number) => string,
  /** What the page it goes to then says (lib/admin/flash.ts). */
  flash: FlashKey = "created",
): Promise<FormState> {
  const t = await getT();
  if (!isForm(form)) return { status: "error", message: t("errors.invalid") };
  const fields = typeof fieldsOf === "function" ? fieldsOf(form) : fieldsOf;
  const values = redisplayed(fields, rawValues(fields, form));
  let result: number | void;
  let next: string | undefined;
  try {
    const user = await getUser();
    if (!user) return { status: "error", message: t("errors.unauthenticated"), values };
    result = await command(user, readForm(fields, form));
    if (then && typeof result === "number") next = then(result);
  } catch (error) {
    return { values, ...formStateOf(error, t) };
  }
  if (next) {
    await setFlash(flash);
    redirect(await inLanguage(next));
  }
  // The rest of the page (status, history, other forms' versions) shows the saved state too.
  refresh();
  return { status: "saved", message: t("admin.saved"), version: result ?? undefined, values };
}

/**
 * The same for the few forms of people who are not signed in (a password-reset request, a link sent
 * by e-mail): no user; the command is its own authorization (a rate limit, a token). `then`: where to
 * go after success; otherwise the form shows `message`.
 */
export async function runPublicForm(
  form: FormData,
  fields: readonly FieldSpec[],
  command: (input: Record<string, unknown>) => Promise<void>,
  done: { message: Message } | { then: string },
): Promise<FormState> {
  const t = await getT();
  if (!isForm(form)) return { status: "error", message: t("errors.invalid") };
  const values = redisplayed(fields, rawValues(fields, form));
  try {
    await command(readForm(fields, form));
  } catch (error) {
    return { values, ...formStateOf(error, t) };
  }
  if ("then" in done) redirect(await inLanguage(done.then));
  return { status: "saved", message: translateMessage(t, done.message), values };
}

export const isForm = (value: unknown): value is FormData => value instanceof FormData;

/** An error as the form shows it, in the reader's language. */
export function formStateOf(error: unknown, t: Translate): FormState {
  if (!(error instanceof AppError)) {
    console.error(error);
    return { status: "error", message: t("errors.unexpected") };
  }
  const message = translateMessage(t, error.userMessage);
  if (error.code !== "INVALID" && error.code !== "CONFLICT" && error.status < 500) console.warn(`[admin] ${error.message}`);
  if (error.code === "CONFLICT") {
    const { conflict, conflicts } = error.details;
    return { status: "conflict", message, conflict, conflicts, version: conflict?.currentVersion };
  }
  const { fieldErrors } = error.details;
  const shown = fieldErrors && Object.fromEntries(Object.entries(fieldErrors).map(([field, messages]) => [field, messages.map((m) => translateMessage(t, m))]));
  return { status: error.code === "INVALID" ? "invalid" : "error", message, fieldErrors: shown };
}

async function setFlash(key: FlashKey) {
  (await cookies()).set(FLASH_COOKIE, key, { path: localePath(await getLocale(), "/admin"), maxAge: 60, sameSite: "lax" });
}

/** A page's address in the language of the request (the form's page): Swedish unprefixed, /fi and /en prefixed. */
const inLanguage = async (href: string) => getPathname({ href, locale: (await getLocale()) as Locale });
