import type { MessageKey } from "@/lib/i18n/message";
import type { Level } from "./outline";

/** What the coordinator chose for a row: a level, "merge into the row above", or "skip". */
export type Choice = Level | "merge" | "skip";
export const choices: readonly Choice[] = ["area", "goal", "action", "merge", "skip"];
export type MappedRow = { choice: Choice; number: string; title: string; text: string };

type Item = { number: string; title: string; text: string };
export type PlannedArea = { number: string; title: string; description: string; goals: { code: string; title: string; text: string }[]; actions: Item[] };

/** Row (1-based, as the form shows it) → what is wrong with it; row 0 is the whole plan. */
export type RowErrors = Record<number, MessageKey>;

/** The next number not yet used: "3" after 1 and 2 (codes are "1.1", "1.2" under area 1 when no number was given). */
function free(wanted: string, taken: Set<string>, fallback: (n: number) => string): string {
  let value = wanted;
  for (let n = 1; !value || taken.has(value); n++) value = fallback(n);
  taken.add(value);
  return value;
}

/**
 * The corrected rows as a plan: skipped rows dropped, merged rows appended to the text of the row above,
 * goals and actions placed in the area above them, and numbers made unique where the document repeats
 * or lacks them (area numbers and goal codes in the document, action numbers in their area), as the data model requires.
 */
export function planFromRows(rows: MappedRow[]): { areas: PlannedArea[]; errors: RowErrors } {
  const errors: RowErrors = {};
  const kept: { row: MappedRow; index: number; text: string[] }[] = [];
  rows.forEach((row, index) => {
    if (row.choice === "skip") return;
    if (row.choice === "merge") {
      const above = kept.at(-1);
      if (!above) errors[index + 1] = "wordImport.mergeWithoutRowAbove";
      else above.text.push([row.title && `**${row.title}**`, row.text].filter(Boolean).join("\n\n"));
      return;
    }
    kept.push({ row, index, text: [row.text].filter(Boolean) });
  });

  const areas: PlannedArea[] = [];
  const areaNumbers = new Set<string>();
  const goalCodes = new Set<string>();
  let actionNumbers = new Set<string>();
  for (const { row, index, text } of kept) {
    const item = { title: row.title.trim(), text: text.join("\n\n") };
    if (row.choice === "area") {
      areas.push({ number: free(row.number.trim(), areaNumbers, String), title: item.title, description: item.text, goals: [], actions: [] });
      actionNumbers = new Set();
      continue;
    }
    const area = areas.at(-1);
    if (!area) {
      errors[index + 1] = "wordImport.itemBeforeFirstArea";
      continue;
    }
    if (row.choice === "goal") {
      area.goals.push({ ...item, code: free(row.number.trim(), goalCodes, (n) => `${area.number}.${area.goals.length + n}`) });
    } else {
      area.actions.push({ ...item, number: free(row.number.trim(), actionNumbers, (n) => String(area.actions.length + n)) });
    }
  }
  if (areas.length === 0 && Object.keys(errors).length === 0) errors[0] = "wordImport.noAreas";
  return { areas, errors };
}
