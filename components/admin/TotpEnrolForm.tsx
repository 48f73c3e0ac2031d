"use client";

import { useActionState } from "react";
import type { FormState } from "@/lib/admin/fields";

export type TotpEnrolState = Pick<FormState, "status" | "message" | "fieldErrors"> & { recoveryCodes?: string[] };

type Labels = { code: string; confirm: string; recoveryTitle: string; recoveryLead: string; continue: string };
type Props = { action: (state: TotpEnrolState, form: FormData) => Promise<TotpEnrolState>; labels: Labels; continueHref: string };

/** The code that proves the app holds the secret; afterwards the recovery codes, shown this once. */
export function TotpEnrolForm({ action, labels, continueHref }: Props) {
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  if (state.recoveryCodes) {
    return (
      <div role="status" className="space-y-3">
        <h2>{labels.recoveryTitle}</h2>
        <p>{labels.recoveryLead}</p>
        <ul className="grid grid-cols-2 gap-2 font-mono" aria-label={labels.recoveryTitle}>
          {state.recoveryCodes.map((code) => (
            <li key={code}>{code}</li>
          ))}
        </ul>
        <a href={continueHref} className="btn btn-primary">
          {labels.continue}
        </a>
      </div>
    );
  }
  const error = state.fieldErrors?.code?.join(" ") ?? (state.status === "error" ? state.message : undefined);
  return (
    <form action={formAction} className="space-y-4">
      <div className="field">
        <label htmlFor="totp-code" className="label">
          {labels.code}
        </label>
        <input
          id="totp-code"
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          required
          maxLength={20}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "totp-code-fel" : undefined}
        />
        {error ? (
          <p id="totp-code-fel" role="alert" className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {labels.confirm}
      </button>
    </form>
  );
}
