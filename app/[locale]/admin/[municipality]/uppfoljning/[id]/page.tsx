import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { getPeriodOverview } from "@/lib/followup/admin-queries";
import { formatDate, formatDateTime, numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { CommandButton } from "@/components/admin/CommandButton";
import { PageHeader } from "@/components/PageHeader";
import { ActionStatusMark, AssessmentMark } from "@/components/followup/StatusMark";
import { cancel, publish, reopen, signOff } from "../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const metadata: Metadata = { title: sv.followUp.admin.overview };

export default async function PeriodOverviewPage({ params }: Props) {
  const { municipality: m, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.period(m, Number(id)));
  const overview = await getPeriodOverview(municipalityId, Number(id));
  if (!overview) notFound();
  const { period, gaps } = overview;
  const a = sv.followUp.admin;
  const open = period.status === "OPEN";
  const state = { id: period.id, version: period.version };

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} trail={[{ href: adminPaths.followUp(m), label: a.periods }]} current={period.title} />
      <PageHeader
        kicker={sv.followUp.periodStatus[period.status]}
        title={period.title}
        lead={`${formatDate(period.startsOn)} – ${formatDate(period.endsOn)}`}
      />

      <section
        aria-labelledby="luckor"
        className={`mb-8 rounded border-l-8 p-4 ${gaps.actions + gaps.goals > 0 ? "border-rose-700 bg-rose-50" : "border-green-700 bg-green-50"}`}
      >
        <h2 id="luckor" className="mt-0">
          <span aria-hidden="true">{gaps.actions + gaps.goals > 0 ? "⚠ " : "✓ "}</span>
          {a.gapsHeading}
        </h2>
        <p className="text-lg font-semibold" data-gaps={`${gaps.actions}/${gaps.goals}`}>
          {gaps.actions + gaps.goals > 0 ? a.gapsLead(gaps.actions, gaps.goals) : a.noGaps}
        </p>
        <p>{a.signOffCount(overview.signOffs.done, overview.signOffs.total)}</p>
        {open && may("administer") ? (
          <div className="mt-3">
            <CommandButton
              action={publish.bind(null, m)}
              hidden={state}
              label={a.publish}
              confirm={{ question: a.publishQuestion(period.title), effect: a.publishEffect, yes: a.publishYes, no: sv.admin.confirm.cancel }}
            />{" "}
            <CommandButton
              action={cancel.bind(null, m)}
              hidden={state}
              label={a.cancel}
              danger
              confirm={{ question: a.cancelQuestion(period.title), effect: a.cancelEffect, yes: a.cancelYes, no: a.cancelNo }}
            />
          </div>
        ) : null}
        {!open ? (
          <div className="mt-3 space-y-2">
            <p>
              {a.published}{" "}
              <Link href={paths.followUpReport(m, period.slug)} className="link">
                {sv.followUp.report.title(period.title)}
              </Link>
            </p>
            {may("administer") ? <CommandButton action={reopen.bind(null, m)} hidden={state} label={a.reopen} /> : null}
          </div>
        ) : null}
      </section>

      {overview.documents.map((doc) => {
        const actionCount = doc.areas.reduce((n, x) => n + x.actions.length, 0);
        const goalCount = doc.areas.reduce((n, x) => n + x.goals.length, 0);
        return (
          <section key={doc.id} aria-labelledby={`dokument-${doc.id}`} className="mb-10">
            <h2 id={`dokument-${doc.id}`}>{doc.title}</h2>
            <p className="flex flex-wrap gap-x-6 gap-y-2">
              {actionCount > 0 ? (
                <Link href={adminPaths.periodActions(m, period.id, doc.id)} className="link font-semibold">
                  {a.fillActions(doc.actionLabelPlural, actionCount)}
                </Link>
              ) : null}
              {goalCount > 0 ? (
                <Link href={adminPaths.periodGoals(m, period.id, doc.id)} className="link font-semibold">
                  {a.fillGoals(doc.goalLabelPlural, goalCount)}
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
                      {numbered(doc.areaLabel, area.number)}: {area.title}
                    </h3>
                    <p className="text-sm">
                      <strong>{a.areaEditors}:</strong>{" "}
                      {area.editors.length > 0 ? area.editors.join(", ") : `${a.noAreaEditor} (${overview.admins.join(", ")})`}
                    </p>
                    <div className="mt-1 flex flex-wrap items-center gap-3">
                      <span className={area.signOff ? "font-semibold text-green-900" : "text-slate-800"}>
                        <span aria-hidden="true">{area.signOff ? "✓ " : "○ "}</span>
                        {area.signOff ? a.signedOff(area.signOff.signedOffBy, formatDateTime(area.signOff.signedOffAt)) : a.notSignedOff}
                      </span>
                      {open && may("edit", area.id) ? (
                        <CommandButton
                          action={signOff}
                          hidden={{ periodId: period.id, areaId: area.id, ready: area.signOff ? "false" : "true" }}
                          label={area.signOff ? a.withdrawSignOff : a.signOff}
                        />
                      ) : null}
                    </div>
                    {missingActions.length + missingGoals.length > 0 ? (
                      <div className="mt-3 rounded border border-rose-300 p-3">
                        <h4 className="font-semibold">{a.gapsHeading}</h4>
                        <ul className="mt-1 space-y-1">
                          {missingGoals.map((g) => (
                            <li key={`g${g.id}`}>
                              <AssessmentMark assessment={null} />{" "}
                              <Link href={`${adminPaths.periodGoals(m, period.id, doc.id)}#rad-${g.id}`} className="link">
                                {numbered(doc.goalLabel, g.code)}: {g.title}
                              </Link>
                            </li>
                          ))}
                          {missingActions.map((x) => (
                            <li key={`a${x.id}`}>
                              <ActionStatusMark status={null} />{" "}
                              <Link href={`${adminPaths.periodActions(m, period.id, doc.id)}#rad-${x.id}`} className="link">
                                {numbered(doc.actionLabel, x.code)}: {x.title}
                              </Link>
                              {x.responsible.length > 0 ? (
                                <span className="text-sm text-slate-700">
                                  {" "}
                                  – {a.responsibleBodies}: {x.responsible.join(", ")}
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
