"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { idleForm, type FormState } from "@/lib/admin/fields";
import { sv } from "@/lib/i18n/sv";

type Transition = { status: string; label: string; danger?: boolean; confirm: boolean };
type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  record: { type: string; id: number; version: number };
  /** The record's name, as the confirmation question uses it. */
  title: string;
  transitions: Transition[];
};

type Confirmable = Exclude<keyof typeof sv.admin.confirm, "cancel">;
const confirmText = (status: string): (typeof sv.admin.confirm)[Confirmable] | undefined => sv.admin.confirm[status as Confirmable];

/**
 * Publish, unpublish, archive: one button per allowed next status, then a confirmation step that says
 * what residents will see (GOV.UK "confirm" pattern) with "Ja, …" and "Avbryt". The change is said
 * in a status message when done; a conflict or refusal in words.
 */
export function StatusForm({ action, record, title, transitions }: Props) {
  const [state, formAction, pending] = useActionState(action, idleForm);
  const [asking, setAsking] = useState<Transition | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const question = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);
  useEffect(() => {
    if (state.status === "saved") setAsking(null);
  }, [state]);

  if (transitions.length === 0 && !done) return null;
  const text = asking ? confirmText(asking.status) : null;
  return (
    <div>
      <div aria-live="polite">
        {state.status === "saved" && done ? (
          <p role="status" className="notice-success mb-3 font-semibold">
            {confirmText(done)?.done ?? sv.admin.saved}
          </p>
        ) : null}
      </div>
      <form action={formAction} className={asking ? "rounded border-l-4 border-amber-600 bg-amber-50 p-4" : undefined}>
        <input type="hidden" name="type" value={record.type} />
        <input type="hidden" name="id" value={record.id} />
        <input type="hidden" name="version" value={record.version} />
        {asking && text ? (
          <>
            <input type="hidden" name="status" value={asking.status} />
            <h2 ref={question} tabIndex={-1} className="mt-0 text-xl">
              {text.question(title)}
            </h2>
            <p className="max-w-prose">{text.effect}</p>
            <p className="mt-3 flex flex-wrap gap-3">
              <button type="submit" disabled={pending} onClick={() => setDone(asking.status)} className={`btn ${asking.danger ? "btn-danger" : "btn-primary"}`}>
                {text.yes}
              </button>
              <button type="button" className="btn btn-secondary" onClick={() => setAsking(null)}>
                {sv.admin.confirm.cancel}
              </button>
            </p>
          </>
        ) : (
          <p className="flex flex-wrap items-center gap-3">
            {transitions.map((t) =>
              t.confirm ? (
                <button key={t.status} type="button" onClick={() => setAsking(t)} className={`btn ${t.danger ? "btn-danger" : "btn-secondary"}`}>
                  {t.label}
                </button>
              ) : (
                <button
                  key={t.status}
                  type="submit"
                  name="status"
                  value={t.status}
                  disabled={pending}
                  onClick={() => setDone(t.status)}
                  className="btn btn-secondary"
                >
                  {t.label}
                </button>
              ),
            )}
          </p>
        )}
      </form>
      {state.status === "idle" || state.status === "saved" ? null : (
        <p role="alert" className="notice-error mt-3 w-full">
          {state.message}
        </p>
      )}
    </div>
  );
}
