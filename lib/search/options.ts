import { db } from "@/lib/db/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { publicAt, publicDocument } from "@/lib/documents/visibility";
import { listMunicipalities } from "@/lib/municipalities/queries";
import { listAgendaGoals } from "@/lib/agenda2030/queries";
import type { SearchParams } from "./schema";

const listDocumentOptions = cachedQuery(
  "search-documents",
  (m: string) => [cacheTags.municipality(m)],
  (m: string) =>
    db.document.findMany({
      where: { municipality: { slug: m }, ...publicDocument },
      orderBy: { position: "asc" },
      select: { slug: true, title: true },
    }),
);

const listAreaOptions = cachedQuery(
  "search-areas",
  (m: string, d: string) => [cacheTags.municipality(m), cacheTags.document(m, d)],
  (m: string, d: string) =>
    db.area.findMany({
      where: publicAt.area(m, d),
      orderBy: { position: "asc" },
      select: { slug: true, number: true, title: true },
    }),
);

/**
 * The choices of the search form. Documents are offered once a municipality is chosen, areas once
 * a document is; a document or area that does not belong to the chosen municipality or document
 * (left in the address after changing the municipality without JavaScript) is dropped.
 */
export async function searchScope(params: SearchParams) {
  const [municipalities, agendaGoals, documents, areas] = await Promise.all([
    listMunicipalities(),
    listAgendaGoals(),
    params.kommun ? listDocumentOptions(params.kommun) : [],
    params.kommun && params.dokument ? listAreaOptions(params.kommun, params.dokument) : [],
  ]);
  const scoped = { ...params };
  if (params.kommun && params.dokument && !documents.some((d) => d.slug === params.dokument)) {
    delete scoped.dokument;
    delete scoped.omrade;
  } else if (params.kommun && params.dokument && params.omrade && !areas.some((a) => a.slug === params.omrade)) {
    delete scoped.omrade;
  }
  return {
    params: scoped,
    options: {
      municipalities: municipalities.map((m) => ({ value: m.slug, label: m.name })),
      documents: documents.map((d) => ({ value: d.slug, label: d.title })),
      areas: areas.map((a) => ({ value: a.slug, label: a.number ? `${a.number}. ${a.title}` : a.title })),
      agendaGoals: agendaGoals.map((g) => ({ value: String(g.number), label: `${g.number}. ${g.title}` })),
    },
  };
}

export type SearchOptions = Awaited<ReturnType<typeof searchScope>>["options"];
