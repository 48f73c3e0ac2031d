import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/sitemap/queries";
import { languageAlternates } from "@/lib/i18n/alternates";
import { localePath, locales } from "@/lib/i18n/routing";
import { absoluteUrl } from "@/lib/xml";

// Regenerated at most hourly: a crawler reading an hour-old list misses nothing that matters.
export const revalidate = 3600;

/**
 * Every public page in each of its three languages, each entry naming the others (`hreflang`), as search
 * engines ask of a multilingual sitemap. lib/sitemap lists the Swedish addresses once.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const entries = await sitemapEntries();
  return entries.flatMap((entry) => {
    const path = new URL(entry.url).pathname;
    const languages = Object.fromEntries(Object.entries(languageAlternates(path)).map(([lang, href]) => [lang, absoluteUrl(href)]));
    return locales.map((locale) => ({ ...entry, url: absoluteUrl(localePath(locale, path)), alternates: { languages } }));
  });
}
