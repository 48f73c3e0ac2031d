import { sectionContentSchema } from "@/lib/content/schema";
import { existing, recordId } from "@/lib/plan/schema";

/** A document's text section as forms and the API send it: the content file's rules. */
export const createSectionSchema = sectionContentSchema.extend({ documentId: recordId });
export const updateSectionSchema = sectionContentSchema.extend(existing);
