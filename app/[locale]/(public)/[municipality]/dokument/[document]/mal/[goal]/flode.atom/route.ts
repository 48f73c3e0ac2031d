import { goalFeed } from "@/lib/feeds/goal";
import { sv } from "@/lib/i18n/sv";
import { parseRouteParams } from "@/lib/route-params";

type Params = { municipality: string; document: string; goal: string };

// `/<m>/dokument/<d>/mal/<g>/flode.atom`: what changed on the goal's page (lib/feeds/goal.ts).
export async function GET(_request: Request, { params }: { params: Promise<Params> }) {
  const checked = parseRouteParams(await params);
  const feed = checked && (await goalFeed(checked.municipality, checked.document, checked.goal));
  if (!feed) return new Response(sv.feed.unknownGoal, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
