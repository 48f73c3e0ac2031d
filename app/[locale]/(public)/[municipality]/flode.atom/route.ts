import { municipalityFeed } from "@/lib/feeds/atom";
import { getT } from "@/lib/i18n/server";
import { parseRouteParams } from "@/lib/route-params";

// `/<municipality>/flode.atom` (and under /fi, /en): the municipality's published changes, in the address's language (lib/feeds/atom.ts).
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; municipality: string }> }) {
  const checked = parseRouteParams(await params);
  const t = await getT(checked?.locale);
  const feed = checked && (await municipalityFeed(checked.municipality, checked.locale));
  if (!feed) return new Response(t("feed.unknownMunicipality"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
