import Link from "next/link";
import type { Metadata } from "next";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { listDocumentsForEditing } from "@/lib/documents/admin-queries";
import { recentRevisions } from "@/lib/revisions/queries";
import { itemKinds } from "@/lib/records/item-kinds";
import { isEntityType } from "@/lib/revisions/entities";
import { recordKinds } from "@/lib/records/kinds";
import { openPeriodGaps } from "@/lib/followup/admin-queries";
import { documentKindLabel, formatDateTime } from "@/lib/labels";
import { sv } from "@/lib/i18n/sv";
import { PageHeader } from "@/components/PageHeader";
import { StatusBadge } from "@/components/StatusBadge";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

export const metadata: Metadata = { title: sv.admin.dashboard };

export default async function MunicipalityAdminPage({ params }: Props) {
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.municipality(m));
  const [documents, changes, gaps] = await Promise.all([
    listDocumentsForEditing(municipalityId),
    recentRevisions(municipalityId),
    openPeriodGaps(municipalityId),
  ]);

  return (
    <>
      <PageHeader kicker={sv.admin.roles[grant.role]} title={grant.municipalityName} />
      {gaps ? (
        <p
          className={`mb-6 rounded border-l-8 p-4 font-semibold ${gaps.actions + gaps.goals > 0 ? "border-rose-700 bg-rose-50" : "border-green-700 bg-green-50"}`}
        >
          <Link href={adminPaths.period(m, gaps.period.id)} className="link">
            {gaps.period.title}
          </Link>
          : {gaps.actions + gaps.goals > 0 ? sv.followUp.admin.gapsLead(gaps.actions, gaps.goals) : sv.followUp.admin.noGaps}
        </p>
      ) : null}
      <section aria-labelledby="dokument">
        <h2 id="dokument">{sv.pages.documents}</h2>
        <ul className="space-y-2">
          {documents.map((d) => (
            <li key={d.id} className="card flex flex-wrap items-center justify-between gap-2">
              <span>
                <Link href={adminPaths.document(m, d.id)} className="link font-semibold">
                  {d.title}
                </Link>
                <span className="block text-sm text-slate-700">
                  {documentKindLabel(d.kind)}
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
              + {sv.admin.newDocument}
            </Link>
            {" · "}
            <Link href={adminPaths.wordImport(m)} className="link">
              + {sv.wordImport.link}
            </Link>
          </p>
        ) : null}
      </section>
      <nav aria-labelledby="innehallstyper">
        <h2 id="innehallstyper">{sv.admin.content.nav}</h2>
        <ul className="grid gap-x-6 gap-y-2 sm:grid-cols-2">
          {itemKinds.map((kind) => (
            <li key={kind.segment}>
              <Link href={adminPaths.content(m, kind.segment)} className="link">
                {sv.admin.content.kinds[kind.type].plural}
              </Link>
            </li>
          ))}
          {may("administer") ? (
            <li>
              <Link href={adminPaths.settings(m)} className="link">
                {sv.admin.content.settings}
              </Link>
            </li>
          ) : null}
        </ul>
      </nav>
      <h2>{sv.followUp.admin.heading}</h2>
      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href={adminPaths.followUp(m)} className="link font-semibold">
          {sv.followUp.admin.periods}
        </Link>
        <Link href={adminPaths.indicators(m)} className="link font-semibold">
          {sv.indicators.admin.title}
        </Link>
      </p>
      {may("administer") ? (
        <p className="mt-6">
          <Link href={adminPaths.users(m)} className="link">
            {sv.admin.users.title}
          </Link>
        </p>
      ) : null}
      {may("administer") ? (
        <p className="mt-2">
          <Link href={adminPaths.auditLog(m)} className="link">
            {sv.auditLog.link}
          </Link>
        </p>
      ) : null}
      {may("administer") ? (
        <p className="mt-2">
          {/* A file, not a page: a plain link, so the browser downloads it. */}
          <a href={adminPaths.contentDownload(m)} download className="link">
            {sv.contentImport.download}
          </a>
          <span className="block text-sm">{sv.contentImport.downloadHint}</span>
        </p>
      ) : null}
      <section aria-labelledby="senaste">
        <h2 id="senaste">{sv.admin.recentChanges}</h2>
        {changes.length === 0 ? (
          <p>{sv.admin.noChanges}</p>
        ) : (
          <ul className="space-y-1">
            {changes.map((r) => (
              <li key={r.id}>
                {/* Follow-up rows and periods have no history page of their own: named, not linked. */}
                {isEntityType(r.entityType) && recordKinds[r.entityType] ? (
                  <Link href={adminPaths.history(m, r.entityType, r.entityId)} className="link">
                    {sv.admin.entities[r.entityType]} #{r.entityId}
                  </Link>
                ) : (
                  <span>
                    {sv.admin.entities[r.entityType as keyof typeof sv.admin.entities] ?? r.entityType} #{r.entityId}
                  </span>
                )}{" "}
                – {sv.admin.revisionKinds[r.kind]} av {r.user?.name ?? sv.admin.commandLine}, {formatDateTime(r.createdAt)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
