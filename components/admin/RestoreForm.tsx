"use client";

import { useActionState } from "react";
import { idleForm, type FormState } from "@/lib/admin/fields";

type Props = { action: (state: FormState, form: FormData) => Promise<FormState>; revisionId: number; version: number; label: string };

export function RestoreForm({ action, revisionId, version, label }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="mt-2">
      <input type="hidden" name="revisionId" value={revisionId} />
      <input type="hidden" name="version" value={version} />
      <button type="submit" className="btn btn-secondary" disabled={pending}>
        {label}
      </button>
      {state.status === "saved" ? (
        <p role="status" className="notice-success mt-2">
          {state.message}
        </p>
      ) : null}
      {state.status !== "idle" && state.status !== "saved" ? (
        <p role="alert" className="notice-error mt-2">
          {[state.message, ...Object.values(state.fieldErrors ?? {}).flat()].join(" ")}
        </p>
      ) : null}
    </form>
  );
}
