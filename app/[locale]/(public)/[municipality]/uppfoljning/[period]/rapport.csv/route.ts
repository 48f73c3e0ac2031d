import { getFollowUpReport } from "@/lib/followup/report";
import { reportCsv } from "@/lib/followup/csv";
import { translator } from "@/lib/i18n/translator";
import { parseRouteParams } from "@/lib/route-params";

type Context = { params: Promise<{ locale: string; municipality: string; period: string }> };

/** The published report as CSV, its headings and status names in the address's language. */
export async function GET(_request: Request, { params }: Context) {
  const checked = parseRouteParams(await params);
  // The address's language; translator() (not getT) so the handler also runs outside Next, as the integration tests call it.
  const t = translator(checked?.locale);
  const report = checked && (await getFollowUpReport(checked.municipality, checked.period));
  if (!checked || !report) return new Response(t("errors.notFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const filename = t("publicPages.reportCsvFile", { municipality: checked.municipality, period: checked.period });
  return new Response(reportCsv(t, report), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
    },
  });
}
