"use client";

import { useActionState, useState } from "react";
import { idleForm, type FormState } from "@/lib/admin/fields";
import { useT } from "@/lib/i18n/use-t";

type Props = { action: (state: FormState, form: FormData) => Promise<FormState>; municipalityId: number };

/**
 * Adds a responsible body from the action page, beside (not inside) the action's form: the page is
 * refreshed, the new body appears among the checkboxes, and what was typed in the action form stays.
 */
export function NewOrganisationForm({ action, municipalityId }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  const [added, setAdded] = useState("");
  const t = useT();
  return (
    <details className="mt-8 rounded border border-slate-300 p-4" open={state.status !== "idle" || undefined}>
      <summary className="cursor-pointer font-semibold text-teal-900">{t("admin.newOrganisation.summary")}</summary>
      <form action={formAction} onSubmit={(e) => setAdded(String(new FormData(e.currentTarget).get("name") ?? ""))} className="mt-3 space-y-3">
        <p className="max-w-prose">{t("admin.newOrganisation.lead")}</p>
        <input type="hidden" name="municipalityId" value={municipalityId} />
        <div className="field">
          <label htmlFor="ny-organisation" className="label">
            {t("admin.content.fields.organisationName")}
          </label>
          <p id="ny-organisation-tips" className="text-sm text-slate-600">
            {t("admin.content.fields.organisationHint")}
          </p>
          <input
            id="ny-organisation"
            name="name"
            required
            maxLength={200}
            aria-describedby="ny-organisation-tips"
            className="input max-w-md"
            key={state.status === "saved" ? added : "ny"}
          />
        </div>
        <button type="submit" className="btn btn-secondary" disabled={pending}>
          {t("admin.newOrganisation.submit")}
        </button>
        <div aria-live="polite">
          {state.status === "saved" ? (
            <p role="status" className="notice-success">
              {t("admin.newOrganisation.added", { name: added })}
            </p>
          ) : null}
          {state.status === "idle" || state.status === "saved" ? null : (
            <p role="alert" className="notice-error">
              {[state.message, ...Object.values(state.fieldErrors ?? {}).flat()].join(" ")}
            </p>
          )}
        </div>
      </form>
    </details>
  );
}
