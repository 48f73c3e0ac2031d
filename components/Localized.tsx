import type { JSX } from "react";
import { useT } from "@/lib/i18n/use-t";
import type { Locale } from "@/lib/i18n/routing";
import { Markdown } from "@/components/Markdown";

type Props = {
  text: string;
  /** The language the text is actually in: the page's, or Swedish where the translation is missing. */
  lang: Locale;
  pageLocale: Locale;
  as?: keyof JSX.IntrinsicElements;
  /** The text is Markdown (a body, not a title): rendered as a block. */
  markdown?: boolean;
  id?: string;
  className?: string;
};

/**
 * A municipality's text that may be missing in the page's language. In another language than the page,
 * the element says which (WCAG 3.1.2, language of parts) and carries one short note, in the page's
 * language, that the text is only in that language: small on screen, read by screen readers with it.
 */
export function Localized({ text, lang, pageLocale, as: Tag = "span", markdown = false, id, className }: Props) {
  const t = useT();
  const body = markdown ? <Markdown source={text} /> : text;
  if (lang === pageLocale) {
    return (
      <Tag id={id} className={className}>
        {body}
      </Tag>
    );
  }
  return (
    <Tag id={id} className={className} lang={lang}>
      {body}
      {/* Inside the element, so that it is read with the text it is about. */}
      <span lang={pageLocale} className={`${markdown ? "block" : "ml-2"} align-middle text-xs font-normal tracking-normal normal-case text-slate-700`}>
        {t("site.translationMissing")}
      </span>
    </Tag>
  );
}
