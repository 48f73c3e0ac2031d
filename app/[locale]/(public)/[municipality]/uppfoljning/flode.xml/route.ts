import { followUpFeed } from "@/lib/followup/feed";
import { sv } from "@/lib/i18n/sv";
import { parseRouteParams } from "@/lib/route-params";

type Context = { params: Promise<{ municipality: string }> };

export async function GET(_request: Request, { params }: Context) {
  const checked = parseRouteParams(await params);
  const feed = checked && (await followUpFeed(checked.municipality));
  if (!feed) return new Response(sv.kolada.unknownMunicipality, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(feed, { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
