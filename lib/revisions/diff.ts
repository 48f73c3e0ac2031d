import type { Snapshot } from "./entities";

export type FieldChange = { field: string; before: unknown; after: unknown };

const normalise = (value: unknown) => JSON.stringify(value ?? null);

/** The fields whose values differ between two snapshots, in the order of `after`'s fields. */
export function diffSnapshots(before: Snapshot | null, after: Snapshot): FieldChange[] {
  const fields = [...new Set([...Object.keys(after), ...Object.keys(before ?? {})])];
  return fields
    .filter((field) => normalise(before?.[field]) !== normalise(after[field]))
    .map((field) => ({ field, before: before?.[field] ?? null, after: after[field] ?? null }));
}
