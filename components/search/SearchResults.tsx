import { useFormatter, useLocale } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { useT } from "@/lib/i18n/use-t";
import type { Translate } from "@/lib/i18n/message";
import type { Locale } from "@/lib/i18n/routing";
import { paths } from "@/lib/paths";
import { toQueryString } from "@/lib/filters/schema";
import { searchFilters, searchQuery, type SearchFilter, type SearchKind, type SearchParams } from "@/lib/search/schema";
import type { SearchResult } from "@/lib/search/queries";
import type { SearchOptions } from "@/lib/search/options";
import { presentHit } from "@/lib/search/present";
import { MarkedText } from "@/components/MarkedText";
import { Pagination } from "@/components/Pagination";

const hrefWith = (params: SearchParams, change: Partial<SearchParams>) => paths.search(toQueryString(searchQuery({ ...params, sida: undefined, ...change })));

function filterLabel(t: Translate, locale: Locale, filter: SearchFilter, params: SearchParams, options: SearchOptions): string {
  const value = String(params[filter]);
  const pick = (list: { value: string; label: string }[]) => list.find((o) => o.value === value)?.label ?? value;
  const named: Record<SearchFilter, [string, string]> = {
    kommun: [t("search.municipality"), pick(options.municipalities)],
    dokument: [t("search.document"), pick(options.documents)],
    omrade: [t("search.area"), pick(options.areas)],
    status: [t("search.status"), params.status ? t(`followUp.actionStatus.${params.status}`) : value],
    agenda: [t("search.agenda2030"), pick(options.agendaGoals)],
  };
  return `${named[filter][0].toLocaleLowerCase(locale)}: ${named[filter][1]}`;
}

function KindNav({ result, params }: { result: SearchResult; params: SearchParams }) {
  const t = useT();
  const format = useFormatter();
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
          {label} ({format.number(count)})
        </Link>
      </li>
    );
  };
  return (
    <nav aria-label={t("search.kindNav")} className="mb-6">
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {item(t("search.all"), result.total, undefined)}
        {kinds.map((k) => item(t(`search.kinds.${k}`), result.counts[k], k))}
      </ul>
    </nav>
  );
}

function NothingFound({ params, options }: { params: SearchParams; options: SearchOptions }) {
  const t = useT();
  const locale = useLocale();
  const active = searchFilters.filter((f) => params[f] !== undefined);
  return (
    <div className="max-w-prose space-y-3">
      <p>{t("search.nothingFound")}</p>
      <p className="font-semibold">{t("search.tips")}</p>
      <ul className="list-disc space-y-1 pl-6">
        {params.q ? <li>{t("search.tipFewerWords")}</li> : null}
        {params.q ? <li>{t("search.tipSpelling")}</li> : null}
        {active.length > 0 ? (
          <li>
            {t("search.tipRemoveFilters")}
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
                    {t("search.removeFilter", { label: filterLabel(t, locale, f, params, options) })}
                  </Link>
                </li>
              ))}
            </ul>
          </li>
        ) : null}
        <li>
          {t("search.tipBrowse")}{" "}
          <Link href={paths.home()} className="link">
            {t("pages.municipalities")}
          </Link>
          ,{" "}
          <Link href={paths.agenda2030()} className="link">
            {t("pages.agenda2030")}
          </Link>
        </li>
      </ul>
    </div>
  );
}

/** The results: a polite live summary, links per kind, a list per kind with its heading, paging. */
export function SearchResults({ result, params, options }: { result: SearchResult; params: SearchParams; options: SearchOptions }) {
  const t = useT();
  const locale = useLocale();
  const format = useFormatter();
  const shownTotal = params.typ ? result.counts[params.typ] : result.total;
  const pastEnd = params.typ !== undefined && shownTotal > 0 && result.page > result.pages;
  return (
    <div>
      <p role="status" className="mb-4 text-lg font-semibold">
        {result.asked ? t("search.resultCount", { n: shownTotal, q: params.q || "none" }) : t("search.emptyQuery")}
      </p>
      {!result.asked ? <p className="max-w-prose text-slate-700">{t("search.start")}</p> : null}
      {result.asked && result.total === 0 ? <NothingFound params={params} options={options} /> : null}
      {result.total > 0 ? <KindNav result={result} params={params} /> : null}
      {pastEnd ? (
        <p>
          {t("search.pastLastPage")}{" "}
          <Link href={hrefWith(params, {})} className="link">
            {t("search.firstPage")}
          </Link>
        </p>
      ) : null}
      {result.groups.map((group) => (
        <section key={group.kind} aria-labelledby={`traffar-${group.kind}`} className="mb-8">
          <h2 id={`traffar-${group.kind}`} className="mt-6">
            {t(`search.kinds.${group.kind}`)} ({format.number(group.total)})
          </h2>
          <ol className="space-y-4">
            {group.rows
              .map((row) => presentHit(t, row, locale))
              .map((hit) => (
                <li key={hit.key} className="border-b border-slate-200 pb-4">
                  <p className="text-sm text-slate-700">
                    {hit.standing ? <span className="mr-2 rounded border border-slate-500 px-1 font-semibold text-slate-800">{hit.standing}</span> : null}
                    {hit.kickerParts.map((part, i) =>
                      part.lang === locale ? (
                        part.text
                      ) : (
                        <span key={i} lang={part.lang}>
                          {part.text}
                        </span>
                      ),
                    )}
                  </p>
                  <h3 className="mt-1 mb-1 text-lg">
                    <Link href={hit.href} className="link" lang={hit.titleLang === locale ? undefined : hit.titleLang}>
                      <MarkedText parts={hit.title} />
                    </Link>
                  </h3>
                  {hit.status ? <p className="text-sm font-semibold text-teal-900">{hit.status}</p> : null}
                  {hit.snippet.length > 0 ? (
                    <p className="text-slate-800" lang={hit.snippetLang === locale ? undefined : hit.snippetLang}>
                      <MarkedText parts={hit.snippet} />
                    </p>
                  ) : null}
                </li>
              ))}
          </ol>
          {!params.typ && group.total > group.rows.length ? (
            <p className="mt-3">
              <Link href={hrefWith(params, { typ: group.kind })} className="link font-semibold">
                {t("search.showAll", { n: group.total, kind: t(`search.kinds.${group.kind}`).toLocaleLowerCase(locale) })}
              </Link>
            </p>
          ) : null}
        </section>
      ))}
      {params.typ ? <Pagination page={result.page} pages={result.pages} hrefFor={(sida) => hrefWith(params, { sida })} /> : null}
    </div>
  );
}
