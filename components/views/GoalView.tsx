import { useLocale } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { documentTrail, titleCrumb } from "@/lib/documents/breadcrumbs";
import { LocalizedField, withSwedish } from "@/components/Localized";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { FrameworkLinks } from "@/components/FrameworkLinks";
import { levelLabelsIn, numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { useT } from "@/lib/i18n/use-t";
import type { GoalPageData } from "@/lib/goals/queries";
import { actionKey, type GoalFollowUpData } from "@/lib/followup/queries";
import { GoalFollowUpSection } from "@/components/followup/GoalFollowUpSection";
import { AssessmentMark, LatestStatus } from "@/components/followup/StatusMark";
import { StatusSummary } from "@/components/followup/StatusSummary";
import type { FollowUpSchedule } from "@/lib/followup/schedule";

/** The public page and the coordinators' preview of a draft render the same. */
export function GoalView({ goal: g, followUp, schedule }: { goal: GoalPageData; followUp?: GoalFollowUpData | null; schedule: FollowUpSchedule | null }) {
  const t = useT();
  const locale = useLocale();
  const doc = levelLabelsIn(t, locale, g.document);
  const m = doc.municipality.slug;
  const label = numbered(doc.goalLabel, g.code);
  const bodiesOf = (a: (typeof g.actions)[number]["action"]) => a.organisations.map((o) => o.organisation.name).join(", ");
  const responsible = [...new Set(g.actions.flatMap(({ action: a }) => a.organisations.map((o) => o.organisation.name)))].sort((a, b) =>
    a.localeCompare(b, locale),
  );
  // The summary names the bodies once; a card repeats its own only when the actions do not all share the same ones.
  const bodiesDiffer = new Set(g.actions.map(({ action: a }) => bodiesOf(a))).size > 1;
  const latestAssessment = followUp?.assessments[0];

  return (
    <>
      <Breadcrumbs
        trail={[...documentTrail(doc, locale), titleCrumb(paths.area(m, doc.slug, g.area.slug), g.area, locale)]}
        current={numbered(doc.goalLabel, g.code)}
      />
      <PageHeader
        kicker={
          <>
            {numbered(doc.goalLabel, g.code)} · {numbered(doc.areaLabel, g.area.number)}: <LocalizedField record={g.area} field="title" note={false} />
          </>
        }
        title={<LocalizedField record={g} field="title" />}
      />
      <LocalizedField record={g} field="text" markdown as="div" />
      <StatusSummary
        status={{
          label: t("statusSummary.assessment"),
          mark: <AssessmentMark assessment={latestAssessment?.assessment ?? null} />,
          period: latestAssessment?.period.title ?? null,
          empty: t("statusSummary.noAssessment", { item: label }),
          missing:
            followUp?.missingInLatest && followUp.latest
              ? withSwedish(t, "statusSummary.missingInLatest", { item: label }, { period: followUp.latest.title })
              : null,
        }}
        progress={{
          rule: followUp?.progress ?? null,
          period: followUp?.latest?.title ?? null,
          empty: g.actions.length === 0 ? t("statusSummary.noActions", { item: label }) : t("statusSummary.progressNotYet"),
        }}
        last={followUp?.last ?? null}
        schedule={schedule}
        bodies={responsible}
        indicators={{ count: followUp?.indicators.length ?? 0, href: "#indikatorer" }}
        brief={{ href: paths.goalBrief(m, doc.slug, g.slug), label: t("statusSummary.brief") }}
      />
      {followUp ? <GoalFollowUpSection followUp={followUp} place={{ m, d: doc.slug, g: g.slug }} /> : null}
      <section aria-labelledby="atgarder">
        <h2 id="atgarder">{t("words.servedBy")}</h2>
        {g.actions.length === 0 ? (
          <p>{t("words.noServingActions")}</p>
        ) : (
          <ul className="space-y-3">
            {g.actions.map(({ action: a }) => (
              <li key={`${a.document.slug}/${a.slug}`} className="card">
                <Link href={paths.action(m, a.document.slug, a.slug)} className="link font-semibold">
                  {/* In Finnish and English every document's action level has the catalogue's one name. */}
                  {numbered(locale === "sv" ? a.document.actionLabel : doc.actionLabel, [a.area.number, a.number].filter(Boolean).join("."))}:{" "}
                  <LocalizedField record={a} field="title" note={false} />
                </Link>
                {followUp?.latest ? <LatestStatus latest={followUp.actions[actionKey(a.document.slug, a.slug)]} /> : null}
                <p className="text-sm text-slate-700">
                  {t("words.document")}: <LocalizedField record={a.document} field="title" note={false} />
                  {bodiesDiffer && a.organisations.length > 0 ? ` · ${t("words.responsible")}: ${bodiesOf(a)}` : null}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
      <FrameworkLinks agenda2030={g.agenda2030} publicHealth={g.publicHealth} />
    </>
  );
}
