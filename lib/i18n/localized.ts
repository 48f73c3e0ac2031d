import { storedTranslations } from "@/lib/translations/schema";
import type { Locale } from "./routing";

/** A record with Swedish fields and, maybe, their Finnish and English versions (docs/decisions/131). */
type Translatable = { translations?: unknown };

/**
 * A field of a record in the page's language, or its Swedish text where no translation exists:
 * `lang` says which, so the page can mark Swedish text on a Finnish or English page (`lang="sv"`,
 * WCAG 3.1.2) with the note that it is only in Swedish (components/Localized.tsx).
 */
export function localized<R extends object, F extends Exclude<keyof R, "translations"> & string>(
  record: R,
  field: F,
  locale: Locale,
): { text: R[F]; lang: Locale } {
  if (locale !== "sv") {
    const translated = storedTranslations((record as Translatable).translations)[locale]?.[field];
    if (translated) return { text: translated as R[F], lang: locale };
  }
  return { text: record[field], lang: "sv" };
}
