import type { z } from "@/lib/validation";
import type { sectionContentSchema } from "@/lib/content/schema";
import { translationSnapshot, translationsColumn } from "@/lib/translations/schema";

/** A section's fields as its revision records them (translations as flat fields) and as its row stores them. */
export function prepareSection(section: z.output<typeof sectionContentSchema>) {
  const { translations, ...own } = section;
  return { snapshot: { ...own, ...translationSnapshot(translations) }, fields: { ...own, translations: translationsColumn(translations) } };
}
