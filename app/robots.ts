import type { MetadataRoute } from "next";
import { paths } from "@/lib/paths";
import { localePath, locales } from "@/lib/i18n/routing";
import { absoluteUrl } from "@/lib/xml";

export default function robots(): MetadataRoute.Robots {
  // Search results are endless combinations of the same pages; crawlers get every page from the sitemap.
  const disallow = locales.flatMap((locale) => [localePath(locale, paths.search()), localePath(locale, "/admin")]);
  return {
    rules: [{ userAgent: "*", allow: "/", disallow }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
