import type { Catalogue } from "./catalogues";
import type { formats } from "./formats";
import type { Locale } from "./routing";

// Typed keys: a key missing from the Swedish catalogue is a type error.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Catalogue;
    Formats: typeof formats;
  }
}
