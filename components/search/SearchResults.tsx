import Link from "next/link";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { toQueryString } from "@/lib/filters/schema";
import { searchFilters, searchQuery, type SearchFilter, type SearchKind, type SearchParams } from "@/lib/search/schema";
import type { SearchResult } from "@/lib/search/queries";
import type { SearchOptions } from "@/lib/search/options";
import { presentHit } from "@/lib/search/present";
import { MarkedText } from "@/components/MarkedText";
import { Pagination } from "@/components/Pagination";

const hrefWith = (params: SearchParams, change: Partial<SearchParams>) => paths.search(toQueryString(searchQuery({ ...params, sida: undefined, ...change })));

function filterLabel(filter: SearchFilter, params: SearchParams, options: SearchOptions): string {
  const value = String(params[filter]);
  const pick = (list: { value: string; label: string }[]) => list.find((o) => o.value === value)?.label ?? value;
  const named: Record<SearchFilter, [string, string]> = {
    kommun: [sv.search.municipality, pick(options.municipalities)],
    dokument: [sv.search.document, pick(options.documents)],
    omrade: [sv.search.area, pick(options.areas)],
    status: [sv.search.status, sv.followUp.actionStatus[params.status!] ?? value],
    agenda: [sv.search.agenda2030, pick(options.agendaGoals)],
  };
  return `${named[filter][0].toLowerCase()}: ${named[filter][1]}`;
}

function KindNav({ result, params }: { result: SearchResult; params: SearchParams }) {
  // In the order the groups are shown (best match first), then any kind found but not shown on this page.
  const shown = result.groups.map((g) => g.kind);
  const kinds = [...shown, ...(Object.keys(result.counts) as SearchKind[]).filter((k) => !shown.includes(k))].filter((k) => result.counts[k] > 0);
  const item = (label: string, count: number, typ: SearchKind | undefined) => {
    const current = params.typ === typ;
    return (
      <li key={typ ?? "alla"}>
        <Link
          href={hrefWith(params, { typ })}
          className={current ? "font-bold text-slate-900 no-underline" : "link"}
          aria-current={current ? "page" : undefined}
        >
          {label} ({count})
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label={sv.search.kindNav} className="mb-6">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {item(sv.search.all, result.total, undefined)}
        {kinds.map((k) => item(sv.search.kinds[k], result.counts[k], k))}
      </ul>
    </nav>
  );
}

function NothingFound({ params, options }: { params: SearchParams; options: SearchOptions }) {
  const active = searchFilters.filter((f) => params[f] !== undefined);
  return (
    <div className="max-w-prose space-y-3">
      <p>{sv.search.nothingFound}</p>
      <p className="font-semibold">{sv.search.tips}</p>
      <ul className="list-disc space-y-1 pl-6">
        {params.q ? <li>{sv.search.tipFewerWords}</li> : null}
        {params.q ? <li>{sv.search.tipSpelling}</li> : null}
        {active.length > 0 ? (
          <li>
            {sv.search.tipRemoveFilters}
            <ul className="list-disc pl-6">
              {active.map((f) => (
                <li key={f}>
                  <Link
                    href={hrefWith(params, {
                      [f]: undefined,
                      ...(f === "kommun" ? { dokument: undefined, omrade: undefined } : f === "dokument" ? { omrade: undefined } : {}),
                    })}
                    className="link"
                  >
                    {sv.search.removeFilter(filterLabel(f, params, options))}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ) : null}
        <li>
          {sv.search.tipBrowse}{" "}
          <Link href={paths.home()} className="link">
            {sv.pages.municipalities}
          </Link>
          ,{" "}
          <Link href={paths.agenda2030()} className="link">
            {sv.pages.agenda2030}
          </Link>
        </li>
      </ul>
    </div>
  );
}

/** The results: a polite live summary, links per kind, a list per kind with its heading, paging. */
export function SearchResults({ result, params, options }: { result: SearchResult; params: SearchParams; options: SearchOptions }) {
  const shownTotal = params.typ ? result.counts[params.typ] : result.total;
  const pastEnd = params.typ !== undefined && shownTotal > 0 && result.page > result.pages;
  return (
    <div>
      <p role="status" className="mb-4 text-lg font-semibold">
        {result.asked ? sv.search.resultCount(shownTotal, params.q ?? "") : sv.search.emptyQuery}
      </p>
      {!result.asked ? <p className="max-w-prose text-slate-700">{sv.search.start}</p> : null}
      {result.asked && result.total === 0 ? <NothingFound params={params} options={options} /> : null}
      {result.total > 0 ? <KindNav result={result} params={params} /> : null}
      {pastEnd ? (
        <p>
          {sv.search.pastLastPage}{" "}
          <Link href={hrefWith(params, {})} className="link">
            {sv.search.firstPage}
          </Link>
        </p>
      ) : null}
      {result.groups.map((group) => (
        <section key={group.kind} aria-labelledby={`traffar-${group.kind}`} className="mb-8">
          <h2 id={`traffar-${group.kind}`} className="mt-6">
            {sv.search.kinds[group.kind]} ({group.total})
          </h2>
          <ol className="space-y-4">
            {group.rows.map(presentHit).map((hit) => (
              <li key={hit.key} className="border-b border-slate-200 pb-4">
                <p className="text-sm text-slate-700">
                  {hit.standing ? <span className="mr-2 rounded border border-slate-500 px-1 font-semibold text-slate-800">{hit.standing}</span> : null}
                  {hit.kicker}
                </p>
                <h3 className="mt-1 mb-1 text-lg">
                  <Link href={hit.href} className="link">
                    <MarkedText parts={hit.title} />
                  </Link>
                </h3>
                {hit.status ? <p className="text-sm font-semibold text-teal-900">{hit.status}</p> : null}
                {hit.snippet.length > 0 ? (
                  <p className="text-slate-800">
                    <MarkedText parts={hit.snippet} />
                  </p>
                ) : null}
              </li>
            ))}
          </ol>
          {!params.typ && group.total > group.rows.length ? (
            <p className="mt-3">
              <Link href={hrefWith(params, { typ: group.kind })} className="link font-semibold">
                {sv.search.showAll(group.total, sv.search.kinds[group.kind])}
              </Link>
            </p>
          ) : null}
        </section>
      ))}
      {params.typ ? <Pagination page={result.page} pages={result.pages} hrefFor={(sida) => hrefWith(params, { sida })} /> : null}
    </div>
  );
}
