import { z } from "@/lib/validation";
import { SLUG_PATTERN } from "@/lib/slug";

/** Form and API building blocks shared by the editable kinds of a plan (areas, goals, actions). */
export const recordId = z.coerce.number({ error: "Ogiltigt id" }).int().positive();
export const recordVersion = z.coerce.number().int().min(1);
export const idList = z.array(recordId).max(500).default([]);
export const optionalSlug = z.string().trim().regex(SLUG_PATTERN, "validation.slug").max(80, "validation.tooLong").optional();

/** A yes/no field: a boolean from the API, "true"/"false" from a form. */
export const flag = z.preprocess((v) => (v === "true" ? true : v === "false" ? false : v), z.boolean());

/** A save of an existing record: which one, and the version the form was loaded with. */
export const existing = { id: recordId, version: recordVersion };
