import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/sitemap/queries";
import { languageAlternates } from "@/lib/i18n/alternates";
import { absoluteUrl } from "@/lib/xml";

// Regenerated at most hourly: a crawler reading an hour-old list misses nothing that matters.
export const revalidate = 3600;

/**
 * Every public page once, at its Swedish address, naming its Finnish and English addresses (`hreflang`
 * links). One entry per page rather than per language: three entries a page would pass the 50 000
 * addresses one sitemap may hold at national scale; the pages themselves name each other too.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return (await sitemapEntries()).map((entry) => {
    const alternates = languageAlternates(new URL(entry.url).pathname);
    return { ...entry, alternates: { languages: Object.fromEntries(Object.entries(alternates).map(([lang, path]) => [lang, absoluteUrl(path)])) } };
  });
}
