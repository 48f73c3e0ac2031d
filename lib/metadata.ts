import type { Metadata } from "next";
import { languageAlternates, ogLocale } from "@/lib/i18n/alternates";
import type { Translate } from "@/lib/i18n/message";
import { localePath, locales, type Locale } from "@/lib/i18n/routing";

/**
 * Title, description, canonical address, language alternates and Open Graph for one page, in the page's
 * language. Next.js replaces a parent's `openGraph` instead of merging it and never copies the title
 * into it, so every page builds its own here. `path` is the Swedish (unprefixed) address; relative
 * addresses resolve against `metadataBase` (SITE_URL).
 */
export function pageMetadata(
  t: Translate,
  locale: Locale,
  {
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
  },
): Metadata {
  const text = description?.trim() ? description.trim().slice(0, 200) : t("site.tagline");
  const canonical = localePath(locale, path);
  return {
    // An explicit undefined would replace the layout's default title (the site's name) with none.
    ...(title ? { title } : {}),
    description: text,
    alternates: {
      canonical,
      languages: languageAlternates(path),
      ...(feed ? { types: { "application/atom+xml": localePath(locale, feed) } } : {}),
    },
    openGraph: {
      title: title ?? t("site.name"),
      description: text,
      url: canonical,
      siteName: t("site.name"),
      locale: ogLocale[locale],
      alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocale[l]),
      type,
    },
  };
}
