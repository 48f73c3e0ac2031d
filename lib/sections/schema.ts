import { sectionContentSchema } from "@/lib/content/schema";
import { existing, recordId } from "@/lib/plan/schema";
import { withTranslationKeys } from "@/lib/translations/schema";

/** A document's text section as forms and the API send it: the content file's rules. */
export const createSectionSchema = withTranslationKeys(sectionContentSchema.extend({ documentId: recordId }));
export const updateSectionSchema = withTranslationKeys(sectionContentSchema.extend(existing));
