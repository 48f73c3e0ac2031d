"use client";

import { useActionState } from "react";
import { idleForm, type FormState } from "@/lib/admin/fields";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  hidden: Record<string, string | number>;
  label: string;
  danger?: boolean;
};

/** One button that runs one command (publish a period, mark an area ready); a refusal or conflict is said in words beside it. */
export function CommandButton({ action, hidden, label, danger }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm);
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
