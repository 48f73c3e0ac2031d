import { z } from "@/lib/validation";
import { existing, recordId } from "@/lib/plan/schema";
import type { ItemKind, Row } from "./kind";

/** A Markdown field the content format requires: a form may not leave it empty either. */
export const filled = (markdown: z.ZodString) => markdown.min(1, "Får inte vara tomt");

/** A source document, by id (the content file names it by slug). */
export const sourceDocument = recordId.optional();

// A kind's own fields are typed in its description; here only what every kind adds is.
export const createItemSchema = (kind: ItemKind) => kind.schema.extend({ municipalityId: recordId }) as unknown as z.ZodType<Row & { municipalityId: number }>;
export const updateItemSchema = (kind: ItemKind) => kind.schema.extend(existing) as unknown as z.ZodType<Row & { id: number; version: number }>;
export const moveItemSchema = z.object({ ...existing, direction: z.enum(["up", "down"], { error: "Okänd riktning" }) });

/** An old snapshot as update input: absent values are null there, and a move's snapshot carries the item's place. */
export function editableInput(input: unknown): unknown {
  if (input === null || typeof input !== "object") return input;
  const { place: _place, ...fields } = input as Record<string, unknown>;
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
}
