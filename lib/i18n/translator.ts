import { createTranslator } from "next-intl";
import { catalogues } from "./catalogues";
import { formats, timeZone } from "./formats";
import type { Translate } from "./message";
import { defaultLocale, type Locale } from "./routing";

/**
 * A translator outside a request: the command-line tools, e-mails and tests. Pages, server actions and
 * route handlers use getT / useT (lib/i18n/server.ts).
 */
export const translator = (locale: Locale = defaultLocale): Translate =>
  createTranslator({ locale, messages: catalogues[locale], timeZone, formats }) as unknown as Translate;
