import { useLocale } from "next-intl";
import { Link, getPathname } from "@/lib/i18n/navigation";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { DocumentFacts } from "@/components/DocumentFacts";
import { DocumentSections } from "@/components/DocumentSections";
import { ItemLinkList } from "@/components/ItemLinkList";
import { AgendaGoalList } from "@/components/AgendaGoalBadge";
import { documentKindLabel, levelLabelsIn, numbered } from "@/lib/labels";
import { LocalizedField, withSwedish } from "@/components/Localized";
import { paths } from "@/lib/paths";
import type { DocumentPageData } from "@/lib/documents/queries";
import type { DocumentProgressData } from "@/lib/followup/queries";
import { ProgressSummary } from "@/components/followup/ProgressSummary";
import { useT } from "@/lib/i18n/use-t";
import { localized } from "@/lib/i18n/localized";
import { isPublicStatus } from "@/lib/documents/visibility";
import { StatusSummary } from "@/components/followup/StatusSummary";
import type { FollowUpSchedule } from "@/lib/followup/schedule";

/** The public page and the coordinators' preview of a draft render the same. */
export function DocumentView({
  document: source,
  progress,
  schedule,
}: {
  document: DocumentPageData;
  progress?: DocumentProgressData | null;
  schedule: FollowUpSchedule | null;
}) {
  const t = useT();
  const locale = useLocale();
  const doc = levelLabelsIn(t, locale, source);
  const m = doc.municipality.slug;

  return (
    <>
      <Breadcrumbs
        trail={[{ href: paths.municipality(m), label: doc.municipality.name }]}
        current={<LocalizedField record={doc} field="title" note={false} />}
      />
      <PageHeader
        kicker={`${documentKindLabel(t, doc.kind)} · ${doc.municipality.name}`}
        title={<LocalizedField record={doc} field="title" />}
        lead={doc.subtitle ? <LocalizedField record={doc} field="subtitle" /> : null}
      >
        <LocalizedField record={doc} field="summary" as="p" className="mt-3 max-w-prose text-slate-700" />
      </PageHeader>
      <DocumentFacts doc={doc} />
      {isPublicStatus(doc.status) ? (
        <p className="no-print">
          {/* A file, not a page: a plain link, never prefetched. The preview of a draft has none (it would be a 404). */}
          <a href={getPathname({ href: paths.documentWord(m, doc.slug), locale })} className="link" download title={t("wordExport.downloadHelp")}>
            {t("wordExport.download")}
          </a>
        </p>
      ) : null}
      <StatusSummary
        progress={{
          rule: progress?.progress ?? null,
          period: progress?.period.title ?? null,
          empty: doc.areas.some((a) => a.actions.length > 0)
            ? t("statusSummary.progressNotYet")
            : t("statusSummary.noActions", { item: localized(doc, "title", locale).text }),
        }}
        last={progress?.period ?? null}
        schedule={schedule}
        indicators="on-goals"
        brief={
          progress
            ? { href: paths.followUpReport(m, progress.period.slug), label: withSwedish(t, "followUp.report.title", {}, { period: progress.period.title }) }
            : null
        }
      />
      <DocumentSections sections={doc.sections} areasHeading={doc.areas.length > 0 ? doc.areaLabelPlural : null} />
      {doc.areas.length > 0 ? (
        <section aria-labelledby="omraden">
          <h2 id="omraden">{doc.areaLabelPlural}</h2>
          <ol className="space-y-6">
            {doc.areas.map((area) => (
              <li key={area.slug} className="card">
                <h3 className="mt-0">
                  <Link href={paths.area(m, doc.slug, area.slug)} className="link">
                    {area.number ? `${area.number}. ` : ""}
                    <LocalizedField record={area} field="title" note={false} />
                  </Link>
                </h3>
                {area.subtitle ? (
                  <p className="text-slate-700">
                    – <LocalizedField record={area} field="subtitle" note={false} />
                  </p>
                ) : null}
                {progress?.areas[area.slug] ? (
                  <div className="mt-2">
                    <ProgressSummary progress={progress.areas[area.slug]!} compact />
                  </div>
                ) : null}
                {area.goals.length > 0 ? (
                  <>
                    <h4 className="mt-4 font-semibold">{doc.goalLabelPlural}</h4>
                    <ItemLinkList
                      items={area.goals.map((g) => ({
                        href: paths.goal(m, doc.slug, g.slug),
                        code: numbered(doc.goalLabel, g.code),
                        title: <LocalizedField record={g} field="title" note={false} />,
                      }))}
                    />
                  </>
                ) : null}
                {area.actions.length > 0 ? (
                  <>
                    <h4 className="mt-4 font-semibold">{doc.actionLabelPlural}</h4>
                    <ItemLinkList
                      items={area.actions.map((a) => ({
                        href: paths.action(m, doc.slug, a.slug),
                        code: numbered(doc.actionLabel, [area.number, a.number].filter(Boolean).join(".")),
                        title: <LocalizedField record={a} field="title" note={false} />,
                      }))}
                    />
                  </>
                ) : null}
                {area.agenda2030.length > 0 ? (
                  <div className="mt-4">
                    <AgendaGoalList goals={area.agenda2030.map((l) => l.agendaGoal)} />
                  </div>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  );
}
