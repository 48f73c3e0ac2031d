"use client";

import { useActionState } from "react";
import { idleForm, type FormState } from "@/lib/admin/fields";

type Transition = { status: string; label: string; danger?: boolean };
type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  record: { type: string; id: number; version: number };
  transitions: Transition[];
};

/** Publish, unpublish, archive: one button per allowed next status; a conflict or refusal is said in words. */
export function StatusForm({ action, record, transitions }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  if (transitions.length === 0) return null;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-3">
      <input type="hidden" name="type" value={record.type} />
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
      {transitions.map((t) => (
        <button key={t.status} type="submit" name="status" value={t.status} disabled={pending} className={`btn ${t.danger ? "btn-danger" : "btn-secondary"}`}>
          {t.label}
        </button>
      ))}
      {state.status === "idle" || state.status === "saved" ? null : (
        <p role="alert" className="notice-error w-full">
          {state.message}
        </p>
      )}
    </form>
  );
}
