import { areaContentSchema } from "@/lib/content/schema";
import { existing, optionalSlug, recordId } from "@/lib/plan/schema";
import type { z } from "@/lib/validation";

/** An area's fields as forms and the API send them: the content file's rules. */
export const areaFieldsSchema = areaContentSchema
  .pick({ number: true, title: true, subtitle: true, description: true, direction: true, focus: true, agenda2030: true, publicHealth: true })
  .extend({ slug: optionalSlug });

export const createAreaSchema = areaFieldsSchema.extend({ documentId: recordId });
export const updateAreaSchema = areaFieldsSchema.extend(existing);
export type AreaFields = z.output<typeof areaFieldsSchema>;
