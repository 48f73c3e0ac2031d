import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { AUDIT_EXPORT_LIMIT, auditFilterChoices, auditFilterParams, auditFilterSchema, auditLog } from "@/lib/audit-log/queries";
import { actionLabel, changeValues, entityLabel } from "@/lib/audit-log/present";
import type { FieldChange } from "@/lib/revisions/diff";
import { getFormatter, getLocale } from "next-intl/server";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { titled } from "@/lib/admin/metadata";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/message";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { AuditLogFilters } from "@/components/admin/AuditLogFilters";
import { PageHeader } from "@/components/PageHeader";
import { Pagination } from "@/components/Pagination";
import { Sentence, slot } from "@/components/Sentence";

type Props = { params: Promise<{ municipality: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const generateMetadata = titled("auditLog.title");

export default async function AuditLogPage({ params, searchParams }: Props) {
  const t = await getT();
  const format = await getFormatter();
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
      <AdminTrail m={m} name={grant.municipalityName} current={t("auditLog.title")} />
      <PageHeader title={t("auditLog.title")} lead={t("auditLog.lead")} />
      <AuditLogFilters
        action={adminPaths.auditLog(m)}
        filter={filter}
        choices={{
          people: options(choices.people),
          actions: options(choices.actions, (v) => actionLabel(t, v)),
          entityTypes: options(choices.entityTypes, (v) => entityLabel(t, v)),
        }}
      />
      <p className="flex flex-wrap gap-x-6 gap-y-2" role="status">
        <span>{t("auditLog.count", { n: log.total })}</span>
        <a href={getPathname({ href: withQuery(adminPaths.auditLogCsv(m)), locale: (await getLocale()) as Locale })} className="link" download>
          {t("auditLog.csv")} ({t("auditLog.csvLimit", { max: AUDIT_EXPORT_LIMIT })})
        </a>
      </p>
      {log.entries.length === 0 ? <p>{t("auditLog.empty")}</p> : null}
      <ol className="mt-4 space-y-3">
        {log.entries.map((e) => (
          <li key={e.id} className="card">
            <p className="m-0 font-semibold">
              {actionLabel(t, e.action)}
              {e.entityType ? <>: {entityText(t, e.entityType, e.entityId, e.entityTitle)}</> : null}
            </p>
            <p className="m-0 text-slate-700">
              <time dateTime={e.at.toISOString()}>{format.dateTime(e.at, "dateTime")}</time> · {e.name ? `${e.name} (${e.actor})` : e.actor}
            </p>
            {e.changes.length > 0 ? (
              <ul className="mt-2 space-y-1 break-words" aria-label={t("auditLog.changes")}>
                {e.changes.map((c) => (
                  <li key={c.field}>{changeLine(t, c)}</li>
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

/** Kinds whose entries are titled by a name (a person's, a municipality's), in no language. */
const namedKinds = new Set(["user", "municipality", "organisation"]);

/**
 * The record an entry is about: named by its title where it has one (the municipality's Swedish text,
 * marked as such), else by its number, else only its kind.
 */
function entityText(t: Translate, type: string, id: number | null, title: string | null): ReactNode {
  const kind = entityLabel(t, type);
  if (title)
    return <Sentence sentence={t("auditLog.entity", { kind, title: slot(0) })} parts={[{ text: title, lang: namedKinds.has(type) ? undefined : "sv" }]} />;
  return id === null ? kind : t("auditLog.entityNumber", { kind, id });
}

/** "Rubrik: Gammal → Ny", each value marked with its language (lib/audit-log/present.ts). */
function changeLine(t: Translate, c: FieldChange): ReactNode {
  const { field, before, after } = changeValues(t, c);
  return <Sentence sentence={t("auditLog.change", { field, before: slot(0), after: slot(1) })} parts={[before, after]} />;
}
