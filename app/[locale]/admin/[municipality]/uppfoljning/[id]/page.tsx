import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { getPeriodOverview } from "@/lib/followup/admin-queries";
import { getFormatter, getLocale } from "next-intl/server";
import { levelLabelsIn, numbered } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/routing";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { titled } from "@/lib/admin/metadata";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { CommandButton } from "@/components/admin/CommandButton";
import { Labelled, Swedish } from "@/components/admin/Swedish";
import { Sentence, slot } from "@/components/Sentence";
import { PageHeader } from "@/components/PageHeader";
import { ActionStatusMark, AssessmentMark } from "@/components/followup/StatusMark";
import { cancel, publish, reopen, signOff } from "../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const generateMetadata = titled("followUp.admin.overview");

export default async function PeriodOverviewPage({ params }: Props) {
  const t = await getT();
  const format = await getFormatter();
  const locale = (await getLocale()) as Locale;
  const { municipality: m, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.period(m, Number(id)));
  const overview = await getPeriodOverview(municipalityId, Number(id));
  if (!overview) notFound();
  const { period, gaps } = overview;
  const open = period.status === "OPEN";
  const state = { id: period.id, version: period.version };

  return (
    <>
      <AdminTrail
        m={m}
        name={grant.municipalityName}
        trail={[{ href: adminPaths.followUp(m), label: t("followUp.admin.periods") }]}
        current={<Swedish>{period.title}</Swedish>}
      />
      <PageHeader
        kicker={t(`followUp.periodStatus.${period.status}`)}
        title={<Swedish>{period.title}</Swedish>}
        lead={`${format.dateTime(period.startsOn, "date")} – ${format.dateTime(period.endsOn, "date")}`}
      />

      <section
        aria-labelledby="luckor"
        className={`mb-8 rounded border-l-8 p-4 ${gaps.actions + gaps.goals > 0 ? "border-rose-700 bg-rose-50" : "border-green-700 bg-green-50"}`}
      >
        <h2 id="luckor" className="mt-0">
          <span aria-hidden="true">{gaps.actions + gaps.goals > 0 ? "⚠ " : "✓ "}</span>
          {t("followUp.admin.gapsHeading")}
        </h2>
        <p className="text-lg font-semibold" data-gaps={`${gaps.actions}/${gaps.goals}`}>
          {gaps.actions + gaps.goals > 0 ? t("followUp.admin.gapsLead", { actions: gaps.actions, goals: gaps.goals }) : t("followUp.admin.noGaps")}
        </p>
        <p>{t("followUp.admin.signOffCount", { done: overview.signOffs.done, total: overview.signOffs.total })}</p>
        {open && may("administer") ? (
          <div className="mt-3">
            <CommandButton
              action={publish.bind(null, m)}
              hidden={state}
              label={t("followUp.admin.publish")}
              confirm={{
                question: t("followUp.admin.publishQuestion", { title: period.title }),
                effect: t("followUp.admin.publishEffect"),
                yes: t("followUp.admin.publishYes"),
                no: t("admin.confirm.cancel"),
              }}
            />{" "}
            <CommandButton
              action={cancel.bind(null, m)}
              hidden={state}
              label={t("followUp.admin.cancel")}
              danger
              confirm={{
                question: t("followUp.admin.cancelQuestion", { title: period.title }),
                effect: t("followUp.admin.cancelEffect"),
                yes: t("followUp.admin.cancelYes"),
                no: t("followUp.admin.cancelNo"),
              }}
            />
          </div>
        ) : null}
        {!open ? (
          <div className="mt-3 space-y-2">
            <p>
              {t("followUp.admin.published")}{" "}
              <Link href={paths.followUpReport(m, period.slug)} className="link">
                <Sentence sentence={t("followUp.report.title", { period: slot(0) })} parts={[{ text: period.title, lang: "sv" }]} />
              </Link>
            </p>
            {may("administer") ? <CommandButton action={reopen.bind(null, m)} hidden={state} label={t("followUp.admin.reopen")} /> : null}
          </div>
        ) : null}
      </section>

      {overview.documents.map((place) => {
        const doc = levelLabelsIn(t, locale, place);
        const actionCount = doc.areas.reduce((n, x) => n + x.actions.length, 0);
        const goalCount = doc.areas.reduce((n, x) => n + x.goals.length, 0);
        return (
          <section key={doc.id} aria-labelledby={`dokument-${doc.id}`} className="mb-10">
            <h2 id={`dokument-${doc.id}`} lang="sv">
              {doc.title}
            </h2>
            <p className="flex flex-wrap gap-x-6 gap-y-2">
              {actionCount > 0 ? (
                <Link href={adminPaths.periodActions(m, period.id, doc.id)} className="link font-semibold">
                  {t("followUp.admin.fillActions", { label: doc.actionLabelPlural.toLocaleLowerCase(locale), n: actionCount })}
                </Link>
              ) : null}
              {goalCount > 0 ? (
                <Link href={adminPaths.periodGoals(m, period.id, doc.id)} className="link font-semibold">
                  {t("followUp.admin.fillGoals", { label: doc.goalLabelPlural.toLocaleLowerCase(locale), n: goalCount })}
                </Link>
              ) : null}
            </p>
            <ol className="mt-4 space-y-4">
              {doc.areas.map((area) => {
                const missingActions = area.actions.filter((x) => !x.status);
                const missingGoals = area.goals.filter((g) => !g.assessment);
                return (
                  <li key={area.id} className="card" data-area={area.id}>
                    <h3 className="mt-0">
                      <Labelled label={numbered(doc.areaLabel, area.number)} title={area.title} />
                    </h3>
                    <p className="text-sm">
                      <strong>{t("followUp.admin.areaEditors")}:</strong>{" "}
                      {area.editors.length > 0 ? area.editors.join(", ") : `${t("followUp.admin.noAreaEditor")} (${overview.admins.join(", ")})`}
                    </p>
                    <div className="mt-1 flex flex-wrap items-center gap-3">
                      <span className={area.signOff ? "font-semibold text-green-900" : "text-slate-800"}>
                        <span aria-hidden="true">{area.signOff ? "✓ " : "○ "}</span>
                        {area.signOff
                          ? t("followUp.admin.signedOff", { who: area.signOff.signedOffBy, when: format.dateTime(area.signOff.signedOffAt, "dateTime") })
                          : t("followUp.admin.notSignedOff")}
                      </span>
                      {open && may("edit", area.id) ? (
                        <CommandButton
                          action={signOff}
                          hidden={{ periodId: period.id, areaId: area.id, ready: area.signOff ? "false" : "true" }}
                          label={area.signOff ? t("followUp.admin.withdrawSignOff") : t("followUp.admin.signOff")}
                        />
                      ) : null}
                    </div>
                    {missingActions.length + missingGoals.length > 0 ? (
                      <div className="mt-3 rounded border border-rose-300 p-3">
                        <h4 className="font-semibold">{t("followUp.admin.gapsHeading")}</h4>
                        <ul className="mt-1 space-y-1">
                          {missingGoals.map((g) => (
                            <li key={`g${g.id}`}>
                              <AssessmentMark assessment={null} />{" "}
                              <Link href={`${adminPaths.periodGoals(m, period.id, doc.id)}#rad-${g.id}`} className="link">
                                <Labelled label={numbered(doc.goalLabel, g.code)} title={g.title} />
                              </Link>
                            </li>
                          ))}
                          {missingActions.map((x) => (
                            <li key={`a${x.id}`}>
                              <ActionStatusMark status={null} />{" "}
                              <Link href={`${adminPaths.periodActions(m, period.id, doc.id)}#rad-${x.id}`} className="link">
                                <Labelled label={numbered(doc.actionLabel, x.code)} title={x.title} />
                              </Link>
                              {x.responsible.length > 0 ? (
                                <span className="text-sm text-slate-700">
                                  {" "}
                                  – {t("followUp.admin.responsibleBodies")}: {x.responsible.join(", ")}
                                </span>
                              ) : null}
                            </li>
                          ))}
                        </ul>
                      </div>
                    ) : null}
                  </li>
                );
              })}
            </ol>
          </section>
        );
      })}
    </>
  );
}
