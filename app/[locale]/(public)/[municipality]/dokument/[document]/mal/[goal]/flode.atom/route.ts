import { goalFeed } from "@/lib/feeds/goal";
import { translator } from "@/lib/i18n/translator";
import { parseRouteParams } from "@/lib/route-params";

type Params = { locale: string; municipality: string; document: string; goal: string };

// `/<m>/dokument/<d>/mal/<g>/flode.atom` (and under /fi, /en): what changed on the goal's page, in the address's language (lib/feeds/goal.ts).
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const checked = parseRouteParams(await params);
  // The address's language; translator() (not getT) so the handler also runs outside Next, as the integration tests call it.
  const t = translator(checked?.locale);
  const feed = checked && (await goalFeed(checked.municipality, checked.document, checked.goal, checked.locale));
  if (!feed) return new Response(t("feed.unknownGoal"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
