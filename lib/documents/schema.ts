import { type z } from "@/lib/validation";
import { checkDocumentDates, documentFieldsSchema, levelLabelSchema } from "@/lib/content/schema";
import { existing, idList, optionalSlug, recordId } from "@/lib/plan/schema";
import { withTranslationKeys } from "@/lib/translations/schema";

const label = levelLabelSchema.shape.singular;

/** A document's metadata as forms and the API send it: the content file's rules, relations by id, level names flat. */
const documentMetadataSchema = documentFieldsSchema
  .pick({
    kind: true,
    title: true,
    subtitle: true,
    summary: true,
    registrationNumber: true,
    adoptedBy: true,
    adoptedOn: true,
    validUntil: true,
    reviewBy: true,
    responsible: true,
    owner: true,
    periodStart: true,
    periodEnd: true,
    translations: true,
  })
  .extend({
    slug: optionalSlug,
    concretisesId: recordId.optional(),
    replacesIds: idList,
    areaLabel: label,
    areaLabelPlural: label,
    goalLabel: label,
    goalLabelPlural: label,
    actionLabel: label,
    actionLabelPlural: label,
  });

export const createDocumentSchema = withTranslationKeys(documentMetadataSchema.extend({ municipalityId: recordId }).superRefine(checkDocumentDates));
export const updateDocumentSchema = withTranslationKeys(documentMetadataSchema.extend(existing).superRefine(checkDocumentDates));
export type DocumentMetadata = z.output<typeof documentMetadataSchema>;
