"use client";

import { useActionState, useEffect, useId, useRef, useState } from "react";
import { useLocale } from "next-intl";
import { errorPlace, idleForm, type FormState, type RawValues, type ShownField } from "@/lib/admin/fields";
import { translationLang } from "@/lib/admin/display";
import { useT } from "@/lib/i18n/use-t";
import { ConflictNotice } from "./ConflictNotice";
import { useUnsavedWarning } from "./useUnsavedWarning";
import { FormField, fieldId } from "./FormField";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  fields: readonly ShownField[];
  initial: RawValues;
  submitLabel: string;
  /** Reviewers see the form but cannot change anything. */
  readOnly?: boolean;
  preview?: (markdown: string) => Promise<string>;
};

/**
 * Every admin form (rendered through RecordForm, which translates its fields' words): posts to its server action, shows field errors next to the fields and a summary
 * that takes focus, shows a conflict with what the other person changed, and never loses what the user
 * typed (the action returns the posted values, and leaving with unsaved changes asks first).
 */
export function RecordFormView({ action, fields, initial, submitLabel, readOnly, preview }: Props) {
  const t = useT();
  const locale = useLocale();
  const [state, formAction, pending] = useActionState(action, idleForm);
  const [dirty, setDirty] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const values = state.values ?? initial;
  const errors = state.fieldErrors ?? {};

  useEffect(() => {
    if (state.status === "invalid" || state.status === "conflict" || state.status === "error") summary.current?.focus();
    if (state.status === "saved") setDirty(false);
  }, [state]);

  useUnsavedWarning(dirty);

  const versionField = fields.find((f) => f.name === "version");
  const shownValues = versionField && state.version ? { ...values, version: String(state.version) } : values;
  const fieldErrorList = Object.entries(errors).filter(([name]) => name !== "");
  const translations = fields.filter((f) => translationLang(f.name));
  const own = fields.filter((f) => !translationLang(f.name));
  const field = (f: ShownField) => (
    <FormField
      key={`${f.name}-${state.status}-${state.version ?? ""}`}
      field={f}
      values={shownValues}
      errors={errors[f.name] ?? Object.entries(errors).find(([k]) => k.startsWith(`${f.name}.`))?.[1]}
      preview={preview}
      idPrefix={idPrefix}
      allErrors={errors}
      onEdit={() => setDirty(true)}
    />
  );

  return (
    <form action={formAction} onChange={() => setDirty(true)} noValidate className="space-y-5">
      <div aria-live="polite">
        {state.status === "saved" ? (
          <p className="notice-success" role="status">
            {state.message}
          </p>
        ) : null}
        {state.status === "invalid" || state.status === "error" || state.status === "conflict" ? (
          <div ref={summary} tabIndex={-1} role="alert" className="notice-error">
            <p className="font-semibold">{state.message}</p>
            {errors[""] ? <p>{errors[""].join(" ")}</p> : null}
            {fieldErrorList.length > 0 ? (
              <ul className="mt-2 list-disc pl-6">
                {fieldErrorList.map(([key, messages]) => {
                  const place = errorPlace(t, fields, key, locale);
                  return (
                    <li key={key}>
                      <a href={`#${fieldId(idPrefix, place.name)}`} className="link">
                        {place.label}: {messages.join(" ")}
                      </a>
                    </li>
                  );
                })}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>
      {state.status === "conflict" && state.conflict ? <ConflictNotice conflict={state.conflict} fields={fields} /> : null}
      <fieldset disabled={readOnly || pending} className="space-y-5">
        {own.map(field)}
        {/* After the Swedish fields, which stay first and required: one group, its shared hint said once. */}
        {translations.length > 0 ? (
          <fieldset className="space-y-5 rounded border border-slate-300 p-4">
            <legend className="px-1 text-lg font-semibold">{t("admin.translations.legend")}</legend>
            {translations[0]!.hint ? <p className="text-sm text-slate-600">{translations[0]!.hint}</p> : null}
            {translations.map((f) => field({ ...f, hint: undefined }))}
          </fieldset>
        ) : null}
      </fieldset>
      {readOnly ? (
        <p className="text-slate-700">{t("admin.form.readOnly")}</p>
      ) : (
        <button type="submit" className="btn btn-primary" disabled={pending}>
          {pending ? t("admin.form.saving") : submitLabel}
        </button>
      )}
    </form>
  );
}
