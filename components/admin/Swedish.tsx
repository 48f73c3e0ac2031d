import type { ReactNode } from "react";

/**
 * The municipality's own Swedish text (a title, a period's name) on an admin page of any language,
 * marked as Swedish (WCAG 3.1.2). Unlike the public pages' Localized, no "only in Swedish" note: the
 * admin shows the Swedish source it edits. Not for names of people, organisations or municipalities.
 */
export function Swedish({ children }: { children: ReactNode }) {
  return <span lang="sv">{children}</span>;
}

/** "Målområde 1: " in the page's language, then the Swedish title. */
export function Labelled({ label, title }: { label: string; title: string }) {
  return (
    <>
      {label}: <Swedish>{title}</Swedish>
    </>
  );
}

const FIRST_SLOT = 0xe000;

/** Stands for the n-th piece of data inside a translated sentence: t(key, { title: slot(0) }). */
export const slot = (n: number) => String.fromCodePoint(FIRST_SLOT + n);

/**
 * A translated sentence made with slots, each slot replaced by its text marked with its language
 * (none for a name or an interface word): the sentence stays whole in the catalogue.
 */
export function Sentence({ sentence, parts }: { sentence: string; parts: { text: string; lang?: string }[] }) {
  return (
    <>
      {sentence.split(/([\uE000-\uE0FF])/u).map((piece, i) => {
        const part = piece.length === 1 ? parts[piece.codePointAt(0)! - FIRST_SLOT] : undefined;
        return part ? (
          <span key={i} lang={part.lang}>
            {part.text}
          </span>
        ) : (
          piece
        );
      })}
    </>
  );
}
