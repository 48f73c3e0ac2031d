import { type z } from "@/lib/validation";
import { existing, recordId } from "@/lib/plan/schema";
import type { ItemKind, Row } from "./kind";

/** A Markdown field the content format requires: a form may not leave it empty either. */
export const filled = (markdown: z.ZodString) => markdown.min(1, "admin.validation.notEmpty");

/** A source document, by id (the content file names it by slug). */
export const sourceDocument = recordId.optional();

// A kind's own fields are typed in its description; here only what every kind adds is.
export const createItemSchema = (kind: ItemKind) => kind.schema.extend({ municipalityId: recordId }) as unknown as z.ZodType<Row & { municipalityId: number }>;
export const updateItemSchema = (kind: ItemKind) => kind.schema.extend(existing) as unknown as z.ZodType<Row & { id: number; version: number }>;

/** An old snapshot as update input: absent values are null there. */
export function editableInput(input: unknown): unknown {
  if (input === null || typeof input !== "object") return input;
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== null));
}
