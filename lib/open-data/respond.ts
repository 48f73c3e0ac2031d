import { message } from "@/lib/i18n/message";
import { absoluteUrl } from "@/lib/xml";
import { cachedQuery, stableKey } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { params, parseParams, toQueryString } from "@/lib/filters/schema";
import { pageCount, paging } from "@/lib/filters/paging";
import { datasetByName, type Dataset, type FilterName } from "./datasets";
import { toCsv } from "./csv";
import { corsHeaders, errorResponse, invalidParams, unknownParams } from "./http";

export const DEFAULT_PER_PAGE = 100;

/** One page of a list, kept until any public content changes (the `public-data` tag): harvesters ask the same pages often. */
const loadPage = cachedQuery<[string, string], Awaited<ReturnType<Dataset["load"]>>>(
  "open-data",
  () => [cacheTags.publicData()],
  (name, key) => {
    const { filters, page } = JSON.parse(key) as { filters: Parameters<Dataset["load"]>[0]; page: Parameters<Dataset["load"]>[1] };
    return datasetByName(name)!.load(filters, page);
  },
);

/** The query parameters a list understands: its filters, then paging. */
export const paramShape = (dataset: Dataset) => ({
  ...(Object.fromEntries(dataset.filters.map((f) => [f, params[f]])) as Pick<typeof params, FilterName>),
  sida: params.sida,
  antal: params.antal,
});

/**
 * Answers `/api/v1/<list>.json|csv`: one page of the list, the same filters as the pages, links to
 * the other pages (in the body for JSON, in a Link header for both). An unknown parameter, or a
 * known one with an unusable value, is a 400 naming it in Swedish; a page past the last is a 404.
 */
export async function openDataResponse(file: string, url: URL): Promise<Response> {
  const [, name, format] = /^([a-z-]+)\.(json|csv)$/.exec(file) ?? [];
  const dataset = name ? datasetByName(name) : undefined;
  if (!dataset || !format) return errorResponse(404, "unknown_dataset", "params.unknownDataset");

  const shape = paramShape(dataset);
  const { values, problems } = parseParams(shape, url.searchParams);
  problems.push(...unknownParams(url, Object.keys(shape)));
  if (problems.length > 0) return invalidParams(problems);

  const page = paging(values.sida, values.antal ?? DEFAULT_PER_PAGE);
  const { sida: _sida, antal: _antal, ...listFilters } = values;
  const { rows, total } = await loadPage(dataset.name, stableKey({ filters: listFilters, page }));
  const pages = pageCount(total, page.perPage);
  // Like the search pages, a page past the end is not an empty page of the list: it says where the end is.
  if (page.page > pages) return errorResponse(404, "page_out_of_range", message("params.pastLastPage", { pages }));
  const { sida: _page, antal, ...filters } = values;
  // On SITE_URL, like every absolute address: behind a proxy the request's own origin is the internal one.
  const linkTo = (sida: number) => absoluteUrl(`${url.pathname}${toQueryString({ ...filters, sida: sida === 1 ? undefined : sida, antal })}`);
  const links = {
    self: linkTo(page.page),
    first: linkTo(1),
    last: linkTo(pages),
    next: page.page < pages ? linkTo(page.page + 1) : null,
    prev: page.page > 1 ? linkTo(Math.min(page.page - 1, pages)) : null,
  };
  const headers = {
    ...corsHeaders,
    "X-Total-Count": String(total),
    Link: Object.entries(links)
      .filter(([rel, href]) => href && rel !== "self")
      .map(([rel, href]) => `<${href}>; rel="${rel}"`)
      .join(", "),
  };
  if (format === "csv") {
    const columns = Object.keys(dataset.record.shape);
    return new Response(toCsv(columns, rows), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `inline; filename="${dataset.name}.csv"` },
    });
  }
  return Response.json({ data: rows, meta: { total, page: page.page, perPage: page.perPage, pages }, links }, { headers });
}
