import { getRequestConfig } from "next-intl/server";
import { locale as rootLocale } from "next/root-params";
import { catalogues } from "./catalogues";
import { localeOrDefault } from "./routing";
import { formats, timeZone } from "./formats";

/**
 * The language of a request: an explicit one (getTranslations({ locale })), else the [locale] segment
 * read anywhere in the page (next/root-params, so pages stay static), else the header the proxy sets
 * on every page request (server actions, where there are no root params).
 */
export default getRequestConfig(async ({ locale, requestLocale }) => {
  const requested = locale ?? (await segmentLocale()) ?? (await requestLocale);
  const resolved = localeOrDefault(requested);
  return { locale: resolved, messages: catalogues[resolved], timeZone, formats };
});

async function segmentLocale(): Promise<string | undefined> {
  try {
    return (await rootLocale()) as string | undefined;
  } catch {
    return undefined;
  }
}
