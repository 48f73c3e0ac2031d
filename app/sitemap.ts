import type { MetadataRoute } from "next";
import { sitemapEntries } from "@/lib/sitemap/queries";

// Regenerated at most hourly: a crawler reading an hour-old list misses nothing that matters.
export const revalidate = 3600;

export default function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries();
}
