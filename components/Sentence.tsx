/**
 * Translated sentences with data inside: the sentence stays whole in the catalogue, with a slot where each
 * piece of data goes, and each piece is marked with the language it is written in (WCAG 3.1.2).
 */
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
