import { translator } from "@/lib/i18n/translator";
import { localeOrDefault } from "@/lib/i18n/routing";
import { getUser } from "@/lib/auth/session";
import { can } from "@/lib/auth/permissions";
import { AUDIT_EXPORT_LIMIT, auditFilterSchema, auditLog } from "@/lib/audit-log/queries";
import { auditCsv } from "@/lib/audit-log/present";

type Context = { params: Promise<{ locale: string; municipality: string }> };

/** The audit log as CSV, with the page's filter. Another municipality's log does not exist for you (404). */
export async function GET(request: Request, { params }: Context) {
  const { locale, municipality: m } = await params;
  const user = await getUser();
  const grant = user?.memberships.find((g) => g.municipalitySlug === m);
  if (!grant || !can(user, "administer", { municipalityId: grant.municipalityId })) return new Response(null, { status: 404 });
  const filter = auditFilterSchema.parse({ ...Object.fromEntries(new URL(request.url).searchParams), sida: 1 });
  const log = await auditLog(user, grant.municipalityId, filter, AUDIT_EXPORT_LIMIT);
  return new Response(auditCsv(translator(localeOrDefault(locale)), log.entries), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="logg-${m}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
