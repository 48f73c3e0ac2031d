import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { listPeriods } from "@/lib/followup/admin-queries";
import { periodFields, suggestedPeriod } from "@/lib/followup/form";
import { getFormatter } from "next-intl/server";
import { getT } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { titled } from "@/lib/admin/metadata";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { RecordForm } from "@/components/admin/RecordForm";
import { PageHeader } from "@/components/PageHeader";
import { addPeriod } from "./actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

export const generateMetadata = titled("followUp.admin.periods");

export default async function PeriodsPage({ params }: Props) {
  const t = await getT();
  const format = await getFormatter();
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.followUp(m));
  const periods = await listPeriods(municipalityId);
  const open = periods.some((p) => p.status === "OPEN");
  const suggestion = suggestedPeriod(t, periods[0]?.endsOn ?? null);

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} current={t("followUp.admin.periods")} />
      <PageHeader kicker={grant.municipalityName} title={t("followUp.admin.periods")} />
      {periods.length === 0 ? <p>{t("followUp.admin.noPeriods")}</p> : null}
      <ul className="space-y-2">
        {periods.map((p) => (
          <li key={p.id} className="card flex flex-wrap items-center justify-between gap-2">
            <Link href={adminPaths.period(m, p.id)} className="link font-semibold" lang="sv">
              {p.title}
            </Link>
            <span className="text-sm text-slate-700">
              {format.dateTime(p.startsOn, "date")} – {format.dateTime(p.endsOn, "date")} · {t(`followUp.periodStatus.${p.status}`)}
            </span>
          </li>
        ))}
      </ul>
      <p className="mt-6">
        <Link href={adminPaths.indicators(m)} className="link">
          {t("indicators.admin.title")}
        </Link>
      </p>
      {may("administer") && !open ? (
        <section aria-labelledby="ny-period">
          <h2 id="ny-period">{t("followUp.admin.newPeriod")}</h2>
          <RecordForm
            action={addPeriod.bind(null, m)}
            fields={periodFields}
            initial={toRawValues(periodFields, { municipalityId, ...suggestion })}
            submitLabel={t("followUp.admin.newPeriod")}
          />
        </section>
      ) : null}
      {may("administer") ? null : <p className="mt-6 text-slate-700">{t("followUp.admin.onlyAdmins")}</p>}
    </>
  );
}
