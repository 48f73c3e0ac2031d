import { municipalityContentSchema } from "@/lib/content/schema";
import { existing } from "@/lib/plan/schema";
import { filled } from "@/lib/municipal-items/schema";

/** What a municipality's administrators edit of it: the content file's rules; the address and code stay. */
export const updateMunicipalitySchema = municipalityContentSchema
  .pick({ name: true, shortName: true, contact: true })
  .extend({ intro: filled(municipalityContentSchema.shape.intro), ...existing });
