import type { FormState } from "@/lib/admin/fields";

/** The Kolada upload form's state: a form state, and on success the import report's lines. */
export type KoladaFormState = FormState & { report?: string[] };
