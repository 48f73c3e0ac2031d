import { municipalityFeed } from "@/lib/feeds/atom";
import { sv } from "@/lib/i18n/sv";
import { parseRouteParams } from "@/lib/route-params";

// `/<municipality>/flode.atom`: the municipality's published changes (lib/feeds/atom.ts).
export async function GET(_request: Request, { params }: { params: Promise<{ municipality: string }> }) {
  const checked = parseRouteParams(await params);
  const feed = checked && (await municipalityFeed(checked.municipality));
  if (feed === null) return new Response(sv.feed.unknownMunicipality, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
