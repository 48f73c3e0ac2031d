import { municipalityFeed } from "@/lib/feeds/atom";
import { translator } from "@/lib/i18n/translator";
import { parseRouteParams } from "@/lib/route-params";

// `/<municipality>/flode.atom` (and under /fi, /en): the municipality's published changes, in the address's language (lib/feeds/atom.ts).
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; municipality: string }> }) {
  const checked = parseRouteParams(await params);
  // The address's language; translator() (not getT) so the handler also runs outside Next, as the integration tests call it.
  const t = translator(checked?.locale);
  const feed = checked && (await municipalityFeed(checked.municipality, checked.locale));
  if (!feed) return new Response(t("feed.unknownMunicipality"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
