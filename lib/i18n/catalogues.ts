import sv from "./messages/sv.json";
import fi from "./messages/fi.json";
import en from "./messages/en.json";
import errorPages from "./messages/error-pages";
import type { Locale } from "./routing";

export type Catalogue = typeof sv & (typeof errorPages)["sv"];

/** The three catalogues; Swedish is the source the others are checked against (tests/unit/catalogues.test.ts). */
export const catalogues: Record<Locale, Catalogue> = {
  sv: { ...sv, ...errorPages.sv },
  fi: { ...(fi as typeof sv), ...errorPages.fi },
  en: { ...(en as typeof sv), ...errorPages.en },
};
