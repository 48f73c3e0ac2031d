import { documentKinds } from "@/lib/content/schema";
import type { MessageKey, Translate } from "@/lib/i18n/message";
import { defaultLevelLabels, levelLabelColumns } from "@/lib/labels";
import { choices, planFromRows, type Choice, type MappedRow } from "./mapping";
import type { Proposal } from "./outline";
import { labelFields } from "./fields";

/** Everything the mapping form shows and posts back: no state is kept on the server between upload and creation. */
export type WordDraft = {
  fileName: string;
  kind: (typeof documentKinds)[number];
  title: string;
  summary: string;
  labels: ReturnType<typeof levelLabelColumns>;
  rows: MappedRow[];
};

export type WordImportState = {
  status: "idle" | "proposed" | "invalid" | "error";
  message?: string;
  /** Problems to list, each naming its row or field. */
  problems?: string[];
  draft?: WordDraft;
};

/**
 * The proposal as the form's first state: the document's level names where the headings name them, the
 * action plan's defaults elsewhere; a summary to replace, in the coordinator's language.
 */
export function draftFromProposal(t: Translate, proposal: Proposal, fileName: string): WordDraft {
  const kind = "action_plan";
  const labels = { ...defaultLevelLabels(kind), ...proposal.labels };
  const title = (proposal.title ?? fileName.replace(/\.docx$/i, "")).slice(0, 300);
  const summary = (proposal.intro || t("wordImport.defaultSummary", { name: fileName })).slice(0, 1000);
  return {
    fileName,
    kind,
    title,
    summary,
    labels: levelLabelColumns(labels),
    rows: proposal.rows.map((r) => ({ choice: r.level, number: r.number, title: r.title, text: r.text })),
  };
}

// NUL is refused by PostgreSQL in text; a form could post it.
const field = (form: FormData, name: string) => String(form.get(name) ?? "").replaceAll("\u0000", "");
const MAX_ROWS = 2_000;

/** The mapping form as posted (rows by index up to the posted count); unknown choices are skipped rows. */
export function draftFromForm(form: FormData): WordDraft {
  const count = Math.min(Math.max(0, Number.parseInt(field(form, "rows"), 10) || 0), MAX_ROWS);
  const kind = documentKinds.find((k) => k === field(form, "kind")) ?? "action_plan";
  const rows = Array.from({ length: count }, (_, i): MappedRow => {
    const choice = field(form, `row-${i}-choice`);
    return {
      choice: choices.includes(choice as Choice) ? (choice as Choice) : "skip",
      number: field(form, `row-${i}-number`),
      title: field(form, `row-${i}-title`),
      text: field(form, `row-${i}-text`),
    };
  });
  return {
    fileName: field(form, "fileName"),
    kind,
    title: field(form, "title"),
    summary: field(form, "summary"),
    labels: Object.fromEntries(labelFields.map((name) => [name, field(form, name)])) as WordDraft["labels"],
    rows,
  };
}

/** The draft as the import command's input, and the problems that stop it, by row, in the translator's language. */
export function commandInput(t: Translate, draft: WordDraft, municipalityId: number) {
  const { areas, errors } = planFromRows(draft.rows);
  const problems = Object.entries(errors).map(([row, key]) => (row === "0" ? t(key) : t("wordImport.rowError", { row: Number(row), message: t(key) })));
  const document = { municipalityId, kind: draft.kind, title: draft.title, summary: draft.summary, ...draft.labels };
  return { input: { document, areas }, problems };
}

/** A field's name as the admin forms label it, or its key when they have none. */
function fieldName(t: Translate, key: string) {
  const label = `admin.fields.${key.split(".").at(-1) ?? ""}`;
  return t.has(label) ? t(label as MessageKey) : key;
}

/**
 * The command's field errors, already translated (runForm's formStateOf), as lines in the translator's
 * language: "Rubrik: Får inte vara tomt", "Åtgärd 1.2, Rubrik: …".
 */
export function problemLines(t: Translate, fieldErrors: Record<string, readonly string[]> = {}): string[] {
  return Object.entries(fieldErrors).flatMap(([key, messages]) => {
    const place = /^areas\.(\d+)(?:\.(goals|actions)\.(\d+))?/.exec(key);
    const level = place?.[2] === "goals" ? "goal" : place?.[2] === "actions" ? "action" : "area";
    const where = place ? `${t(`wordImport.choices.${level}`)} ${Number(place[1]) + 1}${place[3] ? `.${Number(place[3]) + 1}` : ""}, ` : "";
    return messages.map((m) => `${where}${fieldName(t, key)}: ${m}`);
  });
}
