"use client";

import { useEffect, useRef, useState } from "react";
import { signIn } from "next-auth/react";

type Props = { returnTo: string; oidcName: string | null; messages: Record<string, string>; initialError: string | null };

/** E-mail and password through next-auth's credentials provider, and the OpenID Connect button when it is configured. */
export function SignInForm({ returnTo, oidcName, messages, initialError }: Props) {
  const [error, setError] = useState<string | null>(initialError ? (messages[initialError] ?? messages.invalid!) : null);
  const [pending, setPending] = useState(false);
  const alert = useRef<HTMLParagraphElement>(null);
  const [attempt, setAttempt] = useState(0);
  // After each refused attempt, the message takes focus, so screen readers and keyboards land on it.
  useEffect(() => {
    if (attempt > 0) alert.current?.focus();
  }, [attempt]);

  async function submit(form: FormData) {
    setPending(true);
    const result = await signIn("credentials", { email: String(form.get("email")), password: String(form.get("password")), redirect: false });
    if (result?.ok && !result.error) {
      window.location.assign(returnTo);
      return;
    }
    setPending(false);
    setError(messages[result?.error ?? ""] ?? messages.invalid!);
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
        <div className="field">
          <label htmlFor="email" className="label">
            E-postadress
          </label>
          <input id="email" name="email" type="email" autoComplete="username" required className="input" />
        </div>
        <div className="field">
          <label htmlFor="password" className="label">
            Lösenord
          </label>
          <input id="password" name="password" type="password" autoComplete="current-password" required className="input" />
        </div>
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? "Loggar in…" : "Logga in"}
        </button>
      </form>
      {oidcName ? (
        <p>
          <button type="button" className="btn btn-secondary" onClick={() => void signIn("oidc", { callbackUrl: returnTo })}>
            Logga in med {oidcName}
          </button>
        </p>
      ) : null}
    </div>
  );
}
