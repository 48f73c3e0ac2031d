import type { JSX, ReactNode } from "react";
import type { MessageKey, MessageValues, Translate } from "@/lib/i18n/message";
import { useLocale } from "next-intl";
import { useT } from "@/lib/i18n/use-t";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { Markdown } from "@/components/Markdown";
import { Sentence, slot } from "@/components/Sentence";

type Props = {
  text: string;
  /** The language the text is actually in: the page's, or Swedish where the translation is missing. */
  lang: Locale;
  pageLocale: Locale;
  as?: keyof JSX.IntrinsicElements;
  /** The text is Markdown (a body, not a title): rendered as a block. */
  markdown?: boolean;
  /** false in lists, crumbs and kickers, where one note per item would drown the items: the language is still marked. */
  note?: boolean;
  id?: string;
  className?: string;
};

/**
 * A municipality's text that may be missing in the page's language. In another language than the page,
 * the element says which (WCAG 3.1.2, language of parts) and carries one short note, in the page's
 * language, that the text is only in that language: small on screen, read by screen readers with it.
 */
export function Localized({ text, lang, pageLocale, as: Tag = "span", markdown = false, note = true, id, className }: Props) {
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
      {note ? (
        <span lang={pageLocale} className={`${markdown ? "block" : "ml-2"} align-middle text-xs font-normal tracking-normal normal-case text-slate-700`}>
          {t("site.translationMissing")}
        </span>
      ) : null}
    </Tag>
  );
}

type FieldProps<F extends string> = Omit<Props, "text" | "lang" | "pageLocale"> & {
  record: { translations?: unknown } & { [K in F]: string | null };
  field: F;
};

/** A translatable field of a document, section, area, goal or action in the page's language, or its Swedish text marked as such. */
export function LocalizedField<F extends string>({ record, field, ...rest }: FieldProps<F>) {
  const locale = useLocale();
  const { text, lang } = localized(record as unknown as Record<string, string | null>, field, locale);
  return text ? <Localized text={text} lang={lang} pageLocale={locale} {...rest} /> : null;
}

/**
 * An interface sentence with a municipality's Swedish text in it (a period's title, an indicator's name),
 * the Swedish part marked `lang="sv"` so a Finnish or English page says which words are which (WCAG 3.1.2).
 * The sentence is translated whole, with a slot where each Swedish text goes.
 */
export function withSwedish(t: Translate, key: MessageKey, values: MessageValues, swedish: Record<string, string>): ReactNode {
  const names = Object.keys(swedish);
  const sentence = t(key, { ...values, ...Object.fromEntries(names.map((name, i) => [name, slot(i)])) });
  return <Sentence sentence={sentence} parts={names.map((name) => ({ text: swedish[name]!, lang: "sv" }))} />;
}
