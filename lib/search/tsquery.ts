/**
 * Turns what a person typed into a PostgreSQL tsquery (docs/decisions/011-building-tsqueries.md).
 * Only letters and digits survive, so no input can form tsquery syntax: `&|!():*'"` and the like
 * simply separate words. PostgreSQL's `swedish` stemmer then reduces each word ("barnen" → "barn").
 */

export const MAX_QUERY_LENGTH = 200;
const MAX_WORDS = 8;
const MAX_WORD_LENGTH = 60;
const MIN_STEM = 3;

/** The words of a query: lower case, letters and digits only, without repeats. */
export function searchWords(query: string): string[] {
  const words = query
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((w) => w.slice(0, MAX_WORD_LENGTH));
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/**
 * Definite forms the Snowball stemmer leaves alone: "våldet" stays "våldet" and "hälsan" stays
 * "hälsan". Each word is also tried without that ending, so "våldet" finds "våld".
 */
export function wordForms(word: string): string[] {
  const forms = [word];
  if (word.endsWith("et") && word.length - 2 >= MIN_STEM) forms.push(word.slice(0, -2));
  if (word.endsWith("an") && word.length - 1 >= MIN_STEM) forms.push(word.slice(0, -1));
  return forms;
}

/** "barnen våldet" → "(barnen) & (våldet:* | våld:*)": every word must match; the last may be the start of a word. */
export function toTsquery(words: string[]): string | null {
  if (words.length === 0) return null;
  return words
    .map((word, i) => {
      const suffix = i === words.length - 1 ? ":*" : "";
      return `(${wordForms(word)
        .map((f) => f + suffix)
        .join(" | ")})`;
    })
    .join(" & ");
}
