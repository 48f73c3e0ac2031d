import { slugify } from "@/lib/slug";

/** URL slugs derived from content; shared by validation and import so both agree. */
export const areaSlug = (a: { slug?: string; number?: string; title: string }) => a.slug ?? slugify([a.number, a.title].filter(Boolean).join(" "));

export const goalSlug = (g: { slug?: string; code: string; title: string }) => g.slug ?? slugify(`${g.code} ${g.title}`);

export const actionSlug = (a: { slug?: string; number: string; title: string }, areaNumber?: string) =>
  a.slug ?? slugify([areaNumber, a.number, a.title].filter(Boolean).join(" "));

export const titleSlug = (item: { slug?: string; title: string }) => item.slug ?? slugify(item.title);
export const nameSlug = (item: { slug?: string; name: string }) => item.slug ?? slugify(item.name);

/** "A" → same document; "strategi-x/A" → another document of the same municipality. */
export function parseGoalReference(ref: string, currentDocument: string): { document: string; code: string } {
  const slash = ref.lastIndexOf("/");
  return slash === -1 ? { document: currentDocument, code: ref } : { document: ref.slice(0, slash), code: ref.slice(slash + 1) };
}
