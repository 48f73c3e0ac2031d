import type { Metadata } from "next";
import { sv } from "@/lib/i18n/sv";

/**
 * Title, description, canonical address and Open Graph for one page. Next.js replaces a parent's
 * `openGraph` instead of merging it and never copies the title into it, so every page builds its
 * own here. Relative addresses resolve against `metadataBase` (SITE_URL).
 */
export function pageMetadata({
  title,
  description,
  path,
  type = "website",
  feed,
}: {
  title?: string;
  description?: string | null;
  path: string;
  type?: "website" | "article";
  feed?: string;
}): Metadata {
  const text = description?.trim() ? description.trim().slice(0, 200) : sv.site.tagline;
  return {
    title,
    description: text,
    alternates: { canonical: path, ...(feed ? { types: { "application/atom+xml": feed } } : {}) },
    openGraph: { title: title ?? sv.site.name, description: text, url: path, siteName: sv.site.name, locale: "sv_SE", type },
  };
}
