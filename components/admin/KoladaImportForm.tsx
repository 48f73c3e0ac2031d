"use client";

import { useActionState } from "react";
import { idleForm } from "@/lib/admin/fields";
import type { KoladaFormState } from "@/lib/kolada/form";

type Props = {
  action: (state: KoladaFormState, form: FormData) => Promise<KoladaFormState>;
  labels: { file: string; url: string; urlHint: string; run: string; running: string };
};

/** Upload a Kolada JSON file (or give an API address); the answer lists what was imported, or every problem by row and field. */
export function KoladaImportForm({ action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm as KoladaFormState);
  const problems = state.fieldErrors?.file ?? Object.values(state.fieldErrors ?? {}).flat();
  return (
    <form action={formAction} className="space-y-5">
      <div aria-live="polite">
        {state.status === "saved" ? (
          <div role="status" className="notice-success">
            <p className="font-semibold">{state.message}</p>
            <ul className="list-disc pl-6" data-report>
              {state.report?.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {state.status !== "idle" && state.status !== "saved" ? (
          <div role="alert" className="notice-error">
            <p className="font-semibold">{state.message}</p>
            <ul className="list-disc pl-6" data-problems>
              {problems.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="kolada-fil" className="label block font-semibold">
          {labels.file}
        </label>
        <input id="kolada-fil" name="file" type="file" accept="application/json,.json" className="block" />
      </div>
      <div className="field">
        <label htmlFor="kolada-url" className="label block font-semibold">
          {labels.url}
        </label>
        <p id="kolada-url-hint" className="text-sm text-slate-600">
          {labels.urlHint}
        </p>
        <input
          id="kolada-url"
          name="url"
          type="url"
          defaultValue={state.values?.url as string | undefined}
          aria-describedby="kolada-url-hint"
          className="input w-full"
        />
      </div>
      <button type="submit" className="btn btn-primary" disabled={pending}>
        {pending ? labels.running : labels.run}
      </button>
    </form>
  );
}
