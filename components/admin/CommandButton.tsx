"use client";

import { useActionState, useState } from "react";
import { idleForm, type FormState } from "@/lib/admin/fields";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  label: string;
  danger?: boolean;
  /** Asks first, saying what will happen, for a command that cannot be undone. */
  confirm?: { question: string; effect: string; yes: string; no: string };
};

/** One button that runs one command (publish a period, mark an area ready); a refusal or conflict is said in words beside it. */
export function CommandButton({ action, hidden, label, danger, confirm }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  const [asking, setAsking] = useState(false);
  if (confirm && !asking)
    return (
      <button
        type="button"
        onClick={() => setAsking(true)}
        className={`btn ${danger ? "btn-danger" : "btn-secondary"} rounded border border-slate-500 px-3 py-1`}
      >
        {label}
      </button>
    );
  if (confirm && asking)
    return (
      <form action={formAction} className="rounded border-l-4 border-amber-600 bg-amber-50 p-4">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <p className="font-semibold">{confirm.question}</p>
        <p className="max-w-prose">{confirm.effect}</p>
        <p className="mt-3 flex flex-wrap gap-3">
          <button type="submit" disabled={pending} className={`btn ${danger ? "btn-danger" : "btn-primary"}`}>
            {confirm.yes}
          </button>
          <button type="button" className="btn btn-secondary" onClick={() => setAsking(false)}>
            {confirm.no}
          </button>
        </p>
        {state.status === "idle" || state.status === "saved" ? null : (
          <p role="alert" className="notice-error mt-3">
            {state.message}
          </p>
        )}
      </form>
    );
  return (
    <form action={formAction} className="inline-flex flex-wrap items-center gap-2">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} className={`btn ${danger ? "btn-danger" : "btn-secondary"} rounded border border-slate-500 px-3 py-1`}>
        {label}
      </button>
      {state.status === "idle" || state.status === "saved" ? null : (
        <span role="alert" className="notice-error font-semibold text-rose-800">
          {[state.message, ...Object.values(state.fieldErrors ?? {}).flat()].filter((m, i, all) => all.indexOf(m) === i).join(" ")}
        </span>
      )}
    </form>
  );
}
