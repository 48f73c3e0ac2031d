import { getFollowUpReport } from "@/lib/followup/report";
import { reportCsv } from "@/lib/followup/csv";
import { sv } from "@/lib/i18n/sv";
import { parseRouteParams } from "@/lib/route-params";

type Context = { params: Promise<{ municipality: string; period: string }> };

export async function GET(_request: Request, { params }: Context) {
  const checked = parseRouteParams(await params);
  const report = checked && (await getFollowUpReport(checked.municipality, checked.period));
  if (!checked || !report) return new Response(sv.errors.notFound, { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(reportCsv(report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="uppfoljning-${checked.municipality}-${checked.period}.csv"`,
    },
  });
}
