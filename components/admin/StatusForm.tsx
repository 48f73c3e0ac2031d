"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { idleForm, type FormState } from "@/lib/admin/fields";
import type { Transition } from "@/lib/admin/transitions";
import type { MessageKey } from "@/lib/i18n/message";
import { useT } from "@/lib/i18n/use-t";
import { Sentence, slot } from "@/components/Sentence";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  record: { type: string; id: number; version: number };
  /** The record's name, as the confirmation question uses it: Swedish text unless `titleLang` says it is a name (none). */
  title: string;
  titleLang?: "sv";
  transitions: Transition[];
};

type Confirmation = { question: MessageKey; effect: MessageKey; yes: MessageKey; done: MessageKey };
const confirmation = (status: "PUBLISHED" | "DRAFT" | "ARCHIVED"): Confirmation => ({
  question: `admin.confirm.${status}.question`,
  effect: `admin.confirm.${status}.effect`,
  yes: `admin.confirm.${status}.yes`,
  done: `admin.confirm.${status}.done`,
});
const confirmations: Record<string, Confirmation> = { PUBLISHED: confirmation("PUBLISHED"), DRAFT: confirmation("DRAFT"), ARCHIVED: confirmation("ARCHIVED") };
const confirmText = (status: string): Confirmation | undefined => (Object.hasOwn(confirmations, status) ? confirmations[status] : undefined);

/**
 * Publish, unpublish, archive: one button per allowed next status, then a confirmation step that says
 * what residents will see (GOV.UK "confirm" pattern) with "Ja, …" and "Avbryt". The change is said
 * in a status message when done; a conflict or refusal in words.
 */
export function StatusForm({ action, record, title, titleLang = "sv", transitions }: Props) {
  const t = useT();
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
            {t(confirmText(done)?.done ?? "admin.saved")}
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
              <Sentence sentence={t(text.question, { title: slot(0) })} parts={[{ text: title, lang: titleLang }]} />
            </h2>
            <p className="max-w-prose">{t(text.effect)}</p>
            <p className="mt-3 flex flex-wrap gap-3">
              <button type="submit" disabled={pending} onClick={() => setDone(asking.status)} className={`btn ${asking.danger ? "btn-danger" : "btn-primary"}`}>
                {t(text.yes)}
              </button>
              <button type="button" className="btn btn-secondary" onClick={() => setAsking(null)}>
                {t("admin.confirm.cancel")}
              </button>
            </p>
          </>
        ) : (
          <p className="flex flex-wrap items-center gap-3">
            {transitions.map((option) =>
              option.confirm ? (
                <button key={option.status} type="button" onClick={() => setAsking(option)} className={`btn ${option.danger ? "btn-danger" : "btn-secondary"}`}>
                  {t(option.label)}
                </button>
              ) : (
                <button
                  key={option.status}
                  type="submit"
                  name="status"
                  value={option.status}
                  disabled={pending}
                  onClick={() => setDone(option.status)}
                  className="btn btn-secondary"
                >
                  {t(option.label)}
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
