"use client";

import { useEffect, useRef, useState } from "react";
import { signIn } from "next-auth/react";
import { useMessages } from "next-intl";
import type { MessageKey } from "@/lib/i18n/message";
import { useT } from "@/lib/i18n/use-t";

type Props = {
  returnTo: string;
  oidcName: string | null;
  /** next-auth's error code from the address, if any. */
  initialError: string | null;
};

/**
 * E-mail and password through next-auth's credentials provider, and the OpenID Connect button when it
 * is configured. An account with two-factor sign-in answers "totp-required": the form then asks for
 * the code and sends it with the e-mail and password it keeps (a form action clears its fields).
 */
export function SignInForm({ returnTo, oidcName, initialError }: Props) {
  const t = useT();
  const refusals = useMessages().auth.errors;
  // next-auth's refusal codes name the message (never `constructor` or `__proto__`); any other is the generic refusal.
  const refusalText = (code: string) => t(Object.hasOwn(refusals, code) ? (`auth.errors.${code}` as MessageKey) : "auth.errors.invalid");
  const [error, setError] = useState<string | null>(initialError ? refusalText(initialError) : null);
  const [pending, setPending] = useState(false);
  const alert = useRef<HTMLParagraphElement>(null);
  const [attempt, setAttempt] = useState(0);
  const [credentials, setCredentials] = useState<{ email: string; password: string } | null>(null);
  // After each refused attempt, the message takes focus, so screen readers and keyboards land on it.
  useEffect(() => {
    if (attempt > 0) alert.current?.focus();
  }, [attempt]);

  async function submit(form: FormData) {
    setPending(true);
    const typed = credentials ?? { email: String(form.get("email")), password: String(form.get("password")) };
    const code = credentials ? String(form.get("code") ?? "") : undefined;
    const result = await signIn("credentials", { ...typed, ...(code === undefined ? {} : { code }), redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(returnTo);
      return;
    }
    setPending(false);
    const refusal = result?.error ?? "";
    // The code step lasts while the answer is about the code; anything else starts again from the password.
    setCredentials(refusal === "totp-required" || refusal === "totp-invalid" ? typed : null);
    setError(refusalText(refusal));
    setAttempt((n) => n + 1);
  }

  return (
    <div className="max-w-md space-y-6">
      {error ? (
        <p ref={alert} role="alert" tabIndex={-1} className="notice-error">
          {error}
        </p>
      ) : null}
      <form action={submit} className="space-y-4">
        {credentials ? (
          <div className="field">
            <label htmlFor="code" className="label">
              {t("auth.code")}
            </label>
            <p id="code-hint" className="text-sm text-slate-600">
              {t("auth.codeHint")}
            </p>
            <input id="code" name="code" inputMode="text" autoComplete="one-time-code" required maxLength={20} aria-describedby="code-hint" className="input" />
          </div>
        ) : (
          <>
            <div className="field">
              <label htmlFor="email" className="label">
                {t("auth.email")}
              </label>
              <input id="email" name="email" type="email" autoComplete="username" required className="input" />
            </div>
            <div className="field">
              <label htmlFor="password" className="label">
                {t("auth.password")}
              </label>
              <input id="password" name="password" type="password" autoComplete="current-password" required className="input" />
            </div>
          </>
        )}
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? t("auth.signingIn") : t("auth.submit")}
        </button>
      </form>
      {oidcName ? (
        <p>
          <button type="button" className="btn btn-secondary" onClick={() => void signIn("oidc", { callbackUrl: returnTo })}>
            {t("auth.signInWith", { name: oidcName })}
          </button>
        </p>
      ) : null}
    </div>
  );
}
