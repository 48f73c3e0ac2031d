import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { LocalizedField, withSwedish } from "@/components/Localized";
import { ItemLinkList } from "@/components/ItemLinkList";
import { FrameworkLinks } from "@/components/FrameworkLinks";
import { documentTrail, titleCrumb } from "@/lib/documents/breadcrumbs";
import type { ActionPageData } from "@/lib/actions/queries";
import type { ActionFollowUpData } from "@/lib/followup/queries";
import { ActionFollowUpSection } from "@/components/followup/ActionFollowUpSection";
import { levelLabelsIn, numbered } from "@/lib/labels";
import { useLocale } from "next-intl";
import { paths } from "@/lib/paths";
import { useT } from "@/lib/i18n/use-t";
import type { FollowUpSchedule } from "@/lib/followup/schedule";
import { StatusSummary } from "@/components/followup/StatusSummary";
import { ActionStatusMark } from "@/components/followup/StatusMark";

/** An action's page: the public page and the coordinators' preview of a draft render the same. */
export function ActionView({
  action: a,
  followUp,
  schedule,
}: {
  action: ActionPageData;
  followUp?: ActionFollowUpData | null;
  schedule: FollowUpSchedule | null;
}) {
  const t = useT();
  const locale = useLocale();
  const doc = levelLabelsIn(t, locale, a.document);
  const m = doc.municipality.slug;
  const label = numbered(doc.actionLabel, [a.area.number, a.number].filter(Boolean).join("."));
  const byRole = (role: "RESPONSIBLE" | "PARTNER") => a.organisations.filter((o) => o.role === role).map((o) => o.organisation.name);
  const latest = followUp?.entries[0];

  return (
    <>
      <Breadcrumbs trail={[...documentTrail(doc, locale), titleCrumb(paths.area(m, doc.slug, a.area.slug), a.area, locale)]} current={label} />
      <PageHeader
        kicker={
          <>
            {label} · {numbered(doc.areaLabel, a.area.number)}: <LocalizedField record={a.area} field="title" note={false} />
          </>
        }
        title={<LocalizedField record={a} field="title" />}
      />
      <LocalizedField record={a} field="text" markdown as="div" />
      <StatusSummary
        status={{
          label: t("statusSummary.status"),
          mark: <ActionStatusMark status={latest?.status ?? null} />,
          period: latest?.period.title ?? null,
          empty: t("statusSummary.noStatus", { item: label }),
          missing:
            followUp?.missingInLatest && followUp.latest
              ? withSwedish(t, "statusSummary.missingInLatest", { item: label }, { period: followUp.latest.title })
              : null,
        }}
        progress={{ reported: latest?.progress ?? null }}
        last={followUp?.last ?? null}
        schedule={schedule}
        bodies={byRole("RESPONSIBLE")}
        bodiesLabel={t("statusSummary.bodies")}
        contact={latest?.responsiblePerson}
        indicators="on-goals"
        brief={
          latest
            ? { href: paths.followUpReport(m, latest.period.slug), label: withSwedish(t, "followUp.report.title", {}, { period: latest.period.title }) }
            : null
        }
      />
      {followUp ? <ActionFollowUpSection followUp={followUp} /> : null}
      {a.goals.length > 0 ? (
        <section aria-labelledby="bidrar-till">
          <h2 id="bidrar-till">{t("words.servesGoals")}</h2>
          <ItemLinkList
            items={a.goals.map(({ goal: g }) => ({
              href: paths.goal(m, g.document.slug, g.slug),
              // In Finnish and English every document's goal level has the catalogue's one name.
              code: numbered(locale === "sv" ? g.document.goalLabel : doc.goalLabel, g.code),
              title: <LocalizedField record={g} field="title" note={false} />,
              note: g.document.slug === doc.slug ? null : <LocalizedField record={g.document} field="title" note={false} />,
            }))}
          />
        </section>
      ) : null}
      {/* The responsible bodies are named in the status summary; the partners only here. */}
      {byRole("PARTNER").length > 0 ? (
        <section aria-labelledby="roll-PARTNER">
          <h2 id="roll-PARTNER">{t("words.partners")}</h2>
          <ul className="list-disc pl-6">
            {byRole("PARTNER").map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <FrameworkLinks agenda2030={a.agenda2030} publicHealth={a.publicHealth} />
    </>
  );
}
