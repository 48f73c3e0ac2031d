import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { listDocumentsForEditing } from "@/lib/documents/admin-queries";
import { recentRevisions } from "@/lib/revisions/queries";
import { itemKinds } from "@/lib/records/item-kinds";
import { isEntityType } from "@/lib/revisions/entities";
import { recordKinds } from "@/lib/records/kinds";
import { openPeriodGaps } from "@/lib/followup/admin-queries";
import { getFormatter, getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/message";
import { getPathname, Link } from "@/lib/i18n/navigation";
import { titled } from "@/lib/admin/metadata";
import { PageHeader } from "@/components/PageHeader";
import { StatusBadge } from "@/components/StatusBadge";
import { Swedish } from "@/components/admin/Swedish";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

export const generateMetadata = titled("admin.dashboard");

export default async function MunicipalityAdminPage({ params }: Props) {
  const t = await getT();
  const format = await getFormatter();
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.municipality(m));
  const [documents, changes, gaps] = await Promise.all([
    listDocumentsForEditing(municipalityId),
    recentRevisions(municipalityId),
    openPeriodGaps(municipalityId),
  ]);

  return (
    <>
      <PageHeader kicker={t(`admin.roles.${grant.role}`)} title={grant.municipalityName} />
      {gaps ? (
        <p
          className={`mb-6 rounded border-l-8 p-4 font-semibold ${gaps.actions + gaps.goals > 0 ? "border-rose-700 bg-rose-50" : "border-green-700 bg-green-50"}`}
        >
          <Link href={adminPaths.period(m, gaps.period.id)} className="link">
            <Swedish>{gaps.period.title}</Swedish>
          </Link>
          : {gaps.actions + gaps.goals > 0 ? t("followUp.admin.gapsLead", { actions: gaps.actions, goals: gaps.goals }) : t("followUp.admin.noGaps")}
        </p>
      ) : null}
      <section aria-labelledby="dokument">
        <h2 id="dokument">{t("pages.documents")}</h2>
        <ul className="space-y-2">
          {documents.map((d) => (
            <li key={d.id} className="card flex flex-wrap items-center justify-between gap-2">
              <span>
                <Link href={adminPaths.document(m, d.id)} className="link font-semibold" lang="sv">
                  {d.title}
                </Link>
                <span className="block text-sm text-slate-700">
                  {t(`documentKind.${d.kind}`)}
                  {d.registrationNumber ? ` · ${d.registrationNumber}` : ""}
                </span>
              </span>
              <StatusBadge status={d.status} />
            </li>
          ))}
        </ul>
        {may("edit") ? (
          <p className="mt-3">
            <Link href={adminPaths.newDocument(m)} className="link">
              + {t("admin.newDocument")}
            </Link>
            {" · "}
            <Link href={adminPaths.wordImport(m)} className="link">
              + {t("wordImport.link")}
            </Link>
          </p>
        ) : null}
      </section>
      <nav aria-labelledby="innehallstyper">
        <h2 id="innehallstyper">{t("admin.content.nav")}</h2>
        <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {itemKinds.map((kind) => (
            <li key={kind.segment}>
              <Link href={adminPaths.content(m, kind.segment)} className="link">
                {t(`admin.content.kinds.${kind.type}.plural`)}
              </Link>
            </li>
          ))}
          {may("administer") ? (
            <li>
              <Link href={adminPaths.settings(m)} className="link">
                {t("admin.content.settings")}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <h2>{t("followUp.admin.heading")}</h2>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={adminPaths.followUp(m)} className="link font-semibold">
          {t("followUp.admin.periods")}
        </Link>
        <Link href={adminPaths.indicators(m)} className="link font-semibold">
          {t("indicators.admin.title")}
        </Link>
      </p>
      {may("administer") ? (
        <p className="mt-6">
          <Link href={adminPaths.users(m)} className="link">
            {t("admin.users.title")}
          </Link>
        </p>
      ) : null}
      {may("administer") ? (
        <p className="mt-2">
          <Link href={adminPaths.auditLog(m)} className="link">
            {t("auditLog.link")}
          </Link>
        </p>
      ) : null}
      {may("administer") ? (
        <p className="mt-2">
          {/* A file, not a page: a plain link, so the browser downloads it. */}
          <a href={getPathname({ href: adminPaths.contentDownload(m), locale: (await getLocale()) as Locale })} download className="link">
            {t("contentImport.download")}
          </a>
          <span className="block text-sm">{t("contentImport.downloadHint")}</span>
        </p>
      ) : null}
      <section aria-labelledby="senaste">
        <h2 id="senaste">{t("admin.recentChanges")}</h2>
        {changes.length === 0 ? (
          <p>{t("admin.noChanges")}</p>
        ) : (
          <ul className="space-y-1">
            {changes.map((r) => (
              <li key={r.id}>
                {/* Follow-up rows and periods have no history page of their own: named, not linked. */}
                {isEntityType(r.entityType) && recordKinds[r.entityType] ? (
                  <Link href={adminPaths.history(m, r.entityType, r.entityId)} className="link">
                    {t(`admin.entities.${r.entityType}`)} #{r.entityId}
                  </Link>
                ) : (
                  <span>
                    {t.has(`admin.entities.${r.entityType}`) ? t(`admin.entities.${r.entityType}` as MessageKey) : r.entityType} #{r.entityId}
                  </span>
                )}{" "}
                –{" "}
                {t("admin.changedBy", {
                  kind: t(`admin.revisionKinds.${r.kind}`),
                  who: r.user?.name ?? t("admin.commandLine"),
                  at: format.dateTime(r.createdAt, "dateTime"),
                })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
