import type { MetadataRoute } from "next";
import { paths } from "@/lib/paths";
import { absoluteUrl } from "@/lib/xml";

export default function robots(): MetadataRoute.Robots {
  return {
    // Search results are endless combinations of the same pages; crawlers get every page from the sitemap.
    rules: [{ userAgent: "*", allow: "/", disallow: [paths.search(), "/admin"] }],
    sitemap: absoluteUrl("/sitemap.xml"),
  };
}
