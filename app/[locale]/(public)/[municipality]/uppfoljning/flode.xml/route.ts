import { followUpFeed } from "@/lib/followup/feed";
import { translator } from "@/lib/i18n/translator";
import { parseRouteParams } from "@/lib/route-params";

type Context = { params: Promise<{ locale: string; municipality: string }> };

// `/<municipality>/uppfoljning/flode.xml` (and under /fi, /en): published follow-ups, in the address's language (lib/followup/feed.ts).
export async function GET(_request: Request, { params }: Context) {
  const checked = parseRouteParams(await params);
  // The address's language; translator() (not getT) so the handler also runs outside Next, as the integration tests call it.
  const t = translator(checked?.locale);
  const feed = checked && (await followUpFeed(checked.municipality, checked.locale));
  if (!feed) return new Response(t("kolada.unknownMunicipality"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
