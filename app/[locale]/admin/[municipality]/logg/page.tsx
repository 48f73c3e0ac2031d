import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { AUDIT_EXPORT_LIMIT, auditFilterChoices, auditFilterParams, auditFilterSchema, auditLog } from "@/lib/audit-log/queries";
import { actionLabel, changeText, entityLabel } from "@/lib/audit-log/present";
import { formatDateTime } from "@/lib/labels";
import { sv } from "@/lib/i18n/sv";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { AuditLogFilters } from "@/components/admin/AuditLogFilters";
import { PageHeader } from "@/components/PageHeader";
import { Pagination } from "@/components/Pagination";

type Props = { params: Promise<{ municipality: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const t = sv.auditLog;
export const metadata: Metadata = { title: t.title };

export default async function AuditLogPage({ params, searchParams }: Props) {
  const { municipality: m } = await params;
  const { user, grant, municipalityId, may } = await adminContext(m, adminPaths.auditLog(m));
  if (!may("administer")) notFound();
  const filter = auditFilterSchema.parse(await searchParams);
  const [log, choices] = await Promise.all([auditLog(user, municipalityId, filter), auditFilterChoices(user, municipalityId)]);
  const query = (page?: number) => auditFilterParams(filter, page).toString();
  const withQuery = (path: string, page?: number) => (query(page) ? `${path}?${query(page)}` : path);
  const options = (values: string[], label: (v: string) => string = (v) => v) => values.map((v) => ({ value: v, label: label(v) }));

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} current={t.title} />
      <PageHeader title={t.title} lead={t.lead} />
      <AuditLogFilters
        action={adminPaths.auditLog(m)}
        filter={filter}
        choices={{ people: options(choices.people), actions: options(choices.actions, actionLabel), entityTypes: options(choices.entityTypes, entityLabel) }}
      />
      <p className="flex flex-wrap gap-x-6 gap-y-2" role="status">
        <span>{t.count(log.total)}</span>
        <a href={withQuery(adminPaths.auditLogCsv(m))} className="link" download>
          {t.csv} ({t.csvLimit(AUDIT_EXPORT_LIMIT)})
        </a>
      </p>
      {log.entries.length === 0 ? <p>{t.empty}</p> : null}
      <ol className="mt-4 space-y-3">
        {log.entries.map((e) => (
          <li key={e.id} className="card">
            <p className="m-0 font-semibold">
              {actionLabel(e.action)}
              {e.entityType ? `: ${t.entity(entityLabel(e.entityType), e.entityId, e.entityTitle)}` : ""}
            </p>
            <p className="m-0 text-slate-700">
              <time dateTime={e.at.toISOString()}>{formatDateTime(e.at)}</time> · {e.name ? `${e.name} (${e.actor})` : e.actor}
            </p>
            {e.changes.length > 0 ? (
              <ul className="mt-2 space-y-1 break-words" aria-label={t.changes}>
                {e.changes.map((c) => (
                  <li key={c.field}>{changeText(c)}</li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ol>
      <Pagination page={log.page} pages={log.pages} hrefFor={(page) => withQuery(adminPaths.auditLog(m), page)} />
    </>
  );
}
