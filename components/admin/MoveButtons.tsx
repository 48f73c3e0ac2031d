"use client";

import { useActionState } from "react";
import { idleForm, type FormState } from "@/lib/admin/fields";

type Props = { action: (state: FormState, form: FormData) => Promise<FormState>; record: { type: string; id: number; version: number }; label: string };

/** "Flytta upp" / "Flytta ned" for one item of an ordered list; keyboard-operable buttons named after the item. */
export function MoveButtons({ action, record, label }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  return (
    <form action={formAction} className="inline-flex items-center gap-1">
      <input type="hidden" name="type" value={record.type} />
      <input type="hidden" name="id" value={record.id} />
      <input type="hidden" name="version" value={record.version} />
      <button type="submit" name="direction" value="up" disabled={pending} className="btn btn-secondary min-h-8 px-2 py-0 text-sm" aria-label={`Flytta upp: ${label}`}>
        ↑
      </button>
      <button type="submit" name="direction" value="down" disabled={pending} className="btn btn-secondary min-h-8 px-2 py-0 text-sm" aria-label={`Flytta ned: ${label}`}>
        ↓
      </button>
      {state.status !== "idle" && state.status !== "saved" ? (
        <span role="alert" className="field-error text-sm">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
