"use client";

import { useActionState, useState } from "react";
import { useT } from "@/lib/i18n/use-t";
import { choices } from "@/lib/word-import/mapping";
import { labelFields } from "@/lib/word-import/fields";
import type { WordImportState } from "@/lib/word-import/form";

type Props = {
  action: (state: WordImportState, form: FormData) => Promise<WordImportState>;
  maxBytes: number;
  /** The kinds of document, value and name in the reader's language. */
  kinds: { value: string; label: string }[];
};

/**
 * Upload a Word plan, then correct the proposed mapping row by row and create the draft. Works without
 * JavaScript (each step is a form post); with it, a file over the limit is refused before it is sent.
 */
export function WordImportForm({ action, maxBytes, kinds }: Props) {
  const t = useT();
  const [state, formAction, pending] = useActionState(action, { status: "idle" } as WordImportState);
  const [tooLarge, setTooLarge] = useState(false);
  const { draft } = state;
  const problems = state.problems ?? [];

  return (
    <div className="space-y-6">
      <div aria-live="polite">
        {tooLarge || (state.status !== "idle" && state.status !== "proposed") ? (
          <div role="alert" className="notice-error">
            <p className="font-semibold">{tooLarge ? t("wordImport.tooLarge") : state.message}</p>
            {problems.length > 0 ? (
              <ul className="list-disc pl-6" data-problems>
                {problems.map((p) => (
                  <li key={p}>{p}</li>
                ))}
              </ul>
            ) : null}
          </div>
        ) : null}
      </div>

      {!draft ? (
        <form
          action={formAction}
          className="space-y-4"
          onSubmit={(event) => {
            const file = (event.currentTarget.elements.namedItem("file") as HTMLInputElement | null)?.files?.[0];
            const large = !!file && file.size > maxBytes;
            setTooLarge(large);
            if (large) event.preventDefault();
          }}
        >
          <input type="hidden" name="step" value="upload" />
          <div className="field">
            <label htmlFor="word-fil" className="label block font-semibold">
              {t("wordImport.file")}
            </label>
            <input id="word-fil" name="file" type="file" required accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document" />
          </div>
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {t("wordImport.upload")}
          </button>
        </form>
      ) : (
        <form action={formAction} className="space-y-6" key={draft.fileName + draft.rows.length}>
          <input type="hidden" name="step" value="create" />
          <input type="hidden" name="fileName" value={draft.fileName} />
          <input type="hidden" name="rows" value={draft.rows.length} />
          <p className="text-sm text-slate-700">{t("wordImport.fromFile", { name: draft.fileName })}</p>
          <div className="grid gap-4 sm:grid-cols-2">
            <div className="field">
              <label htmlFor="word-title" className="label block font-semibold">
                {t("admin.fields.title")}
              </label>
              <input id="word-title" name="title" defaultValue={draft.title} required className="input w-full" />
            </div>
            <div className="field">
              <label htmlFor="word-kind" className="label block font-semibold">
                {t("admin.fields.kind")}
              </label>
              <select id="word-kind" name="kind" defaultValue={draft.kind} className="input w-full">
                {kinds.map((k) => (
                  <option key={k.value} value={k.value}>
                    {k.label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="field">
            <label htmlFor="word-summary" className="label block font-semibold">
              {t("admin.fields.summary")}
            </label>
            <textarea id="word-summary" name="summary" defaultValue={draft.summary} required rows={3} className="input w-full" />
          </div>
          <fieldset className="field">
            <legend className="label font-semibold">{t("wordImport.levelNames")}</legend>
            <div className="grid gap-3 sm:grid-cols-2">
              {labelFields.map((name) => (
                <div key={name}>
                  <label htmlFor={`word-${name}`} className="block text-sm">
                    {t(`admin.fields.${name}`)}
                  </label>
                  <input id={`word-${name}`} name={name} defaultValue={draft.labels[name]} required className="input w-full" />
                </div>
              ))}
            </div>
          </fieldset>

          <section aria-labelledby="word-forslag">
            <h2 id="word-forslag">{t("wordImport.proposal")}</h2>
            <p className="text-sm text-slate-700">{t("wordImport.proposalHelp")}</p>
            <ol className="mt-3 space-y-3">
              {draft.rows.map((row, i) => (
                <li key={i} className="card space-y-2" data-row={i + 1}>
                  <div className="flex flex-wrap items-end gap-3">
                    <span className="font-semibold">{t("wordImport.rowNumber", { n: i + 1 })}</span>
                    <div>
                      <label htmlFor={`row-${i}-choice`} className="block text-sm">
                        {t("wordImport.choice")}
                      </label>
                      <select id={`row-${i}-choice`} name={`row-${i}-choice`} defaultValue={row.choice} className="input">
                        {choices.map((c) => (
                          <option key={c} value={c}>
                            {t(`wordImport.choices.${c}`)}
                          </option>
                        ))}
                      </select>
                    </div>
                    <div>
                      <label htmlFor={`row-${i}-number`} className="block text-sm">
                        {t("wordImport.number")}
                      </label>
                      <input id={`row-${i}-number`} name={`row-${i}-number`} defaultValue={row.number} size={6} className="input" />
                    </div>
                    <div className="min-w-64 flex-1">
                      <label htmlFor={`row-${i}-title`} className="block text-sm">
                        {t("wordImport.rowTitle")}
                      </label>
                      <input id={`row-${i}-title`} name={`row-${i}-title`} defaultValue={row.title} className="input w-full" />
                    </div>
                  </div>
                  <div>
                    <label htmlFor={`row-${i}-text`} className="block text-sm">
                      {t("wordImport.rowText")}
                    </label>
                    <textarea id={`row-${i}-text`} name={`row-${i}-text`} defaultValue={row.text} rows={row.text ? 3 : 1} className="input w-full" />
                  </div>
                </li>
              ))}
            </ol>
          </section>
          <button type="submit" className="btn btn-primary" disabled={pending}>
            {t("wordImport.create")}
          </button>
        </form>
      )}
    </div>
  );
}
