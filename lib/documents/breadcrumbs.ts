import { paths, type Crumb } from "@/lib/paths";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

type Titled = { title: string; translations?: unknown };
type Header = Titled & { slug: string; municipality: { slug: string; name: string } };

/** A crumb to a document, area or goal: its title in the page's language, or in Swedish marked as such. */
export function titleCrumb(href: string, record: Titled, locale: Locale): Crumb {
  const { text, lang } = localized(record, "title", locale);
  return lang === locale ? { href, label: text } : { href, label: text, lang };
}

/** Municipality › document, the trail above every area, goal and action page. */
export function documentTrail(doc: Header, locale: Locale): Crumb[] {
  return [
    { href: paths.municipality(doc.municipality.slug), label: doc.municipality.name },
    titleCrumb(paths.document(doc.municipality.slug, doc.slug), doc, locale),
  ];
}
