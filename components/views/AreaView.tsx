import { documentTrail } from "@/lib/documents/breadcrumbs";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { LocalizedField } from "@/components/Localized";
import { ItemLinkList } from "@/components/ItemLinkList";
import { FrameworkLinks } from "@/components/FrameworkLinks";
import { levelLabelsIn, numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { useLocale } from "next-intl";
import { useT } from "@/lib/i18n/use-t";
import type { AreaPageData } from "@/lib/areas/queries";
import type { AreaProgressData } from "@/lib/followup/queries";
import { ActionStatusMark, StatusLegend } from "@/components/followup/StatusMark";
import { StatusSummary } from "@/components/followup/StatusSummary";
import type { FollowUpSchedule } from "@/lib/followup/schedule";

/** The public page and the coordinators' preview of a draft render the same. */
export function AreaView({ area: a, progress, schedule }: { area: AreaPageData; progress?: AreaProgressData | null; schedule: FollowUpSchedule | null }) {
  const t = useT();
  const locale = useLocale();
  const doc = levelLabelsIn(t, locale, a.document);
  const m = doc.municipality.slug;
  const label = numbered(doc.areaLabel, a.number);
  const bodies = [...new Set(Object.values(progress?.actions ?? {}).flatMap((x) => x.responsible))].sort((x, y) => x.localeCompare(y, locale));
  const actionCount = (n: number) =>
    n > 0 ? t("words.itemCount", { n, singular: doc.actionLabel.toLocaleLowerCase(locale), plural: doc.actionLabelPlural.toLocaleLowerCase(locale) }) : null;

  return (
    <>
      <Breadcrumbs trail={documentTrail(doc, locale)} current={<LocalizedField record={a} field="title" note={false} />} />
      <PageHeader
        kicker={numbered(doc.areaLabel, a.number)}
        title={<LocalizedField record={a} field="title" />}
        lead={a.subtitle ? <LocalizedField record={a} field="subtitle" /> : null}
      />
      <LocalizedField record={a} field="description" markdown as="div" />
      <StatusSummary
        progress={{
          rule: progress?.progress ?? null,
          period: progress?.period.title ?? null,
          empty: a.actions.length === 0 ? t("statusSummary.noActions", { item: label }) : t("statusSummary.progressNotYet"),
        }}
        last={progress && progress.progress.total > progress.progress.counts.MISSING ? progress.period : null}
        schedule={schedule}
        bodies={bodies}
        indicators="on-goals"
        brief={{ href: paths.areaBrief(m, doc.slug, a.slug), label: t("statusSummary.brief") }}
      />
      {a.direction ? (
        <section aria-labelledby="inriktning">
          <h2 id="inriktning">{t("words.direction")}</h2>
          <LocalizedField record={a} field="direction" markdown as="div" />
        </section>
      ) : null}
      {a.focus.length > 0 ? (
        <section aria-labelledby="fokus">
          <h2 id="fokus">{t("words.focus")}</h2>
          <ul className="list-disc pl-6" lang="sv">
            {a.focus.map((f) => (
              <li key={f}>{f}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {a.goals.length > 0 ? (
        <section aria-labelledby="mal">
          <h2 id="mal">{doc.goalLabelPlural}</h2>
          <ItemLinkList
            items={a.goals.map((g) => ({
              href: paths.goal(m, doc.slug, g.slug),
              code: numbered(doc.goalLabel, g.code),
              title: <LocalizedField record={g} field="title" note={false} />,
              note: actionCount(g._count.actions),
            }))}
          />
        </section>
      ) : null}
      {a.actions.length > 0 ? (
        <section aria-labelledby="atgarder">
          <h2 id="atgarder">{doc.actionLabelPlural}</h2>
          <ItemLinkList
            items={a.actions.map((x) => ({
              href: paths.action(m, doc.slug, x.slug),
              code: numbered(doc.actionLabel, [a.number, x.number].filter(Boolean).join(".")),
              title: <LocalizedField record={x} field="title" note={false} />,
              mark: progress ? <ActionStatusMark status={progress.actions[x.slug]?.followUp?.status ?? null} /> : null,
            }))}
          />
          {progress ? <StatusLegend /> : null}
        </section>
      ) : null}
      <FrameworkLinks agenda2030={a.agenda2030} publicHealth={a.publicHealth} />
    </>
  );
}
