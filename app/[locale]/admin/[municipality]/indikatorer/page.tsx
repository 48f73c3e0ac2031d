import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { listIndicators } from "@/lib/indicators/admin-queries";
import { getT } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { titled } from "@/lib/admin/metadata";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { PageHeader } from "@/components/PageHeader";
import { StatusBadge } from "@/components/StatusBadge";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

export const generateMetadata = titled("indicators.admin.title");

export default async function IndicatorsPage({ params }: Props) {
  const t = await getT();
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.indicators(m));
  const indicators = await listIndicators(municipalityId);

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} current={t("indicators.admin.title")} />
      <PageHeader kicker={grant.municipalityName} title={t("indicators.admin.title")} />
      {may("edit") ? (
        <p className="mb-6 flex flex-wrap gap-x-6 gap-y-2">
          <Link href={adminPaths.newIndicator(m)} className="link">
            + {t("indicators.admin.new")}
          </Link>
          <Link href={adminPaths.koladaImport(m)} className="link">
            {t("indicators.admin.import")}
          </Link>
        </p>
      ) : null}
      {indicators.length === 0 ? <p>{t("indicators.admin.none")}</p> : null}
      <ul className="space-y-2">
        {indicators.map((i) => (
          <li key={i.id} className="card flex flex-wrap items-center justify-between gap-2">
            <span>
              <Link href={adminPaths.indicator(m, i.id)} className="link font-semibold" lang="sv">
                {i.name}
              </Link>
              <span className="block text-sm text-slate-700">
                {/* The unit is the municipality's Swedish text ("andel i procent"). */}
                {i.unit ? <span lang="sv">{i.unit}</span> : null}
                {[i.unit ? "" : null, i.koladaKpi ? `Kolada ${i.koladaKpi}` : null, t("admin.indicatorValueCount", { n: i._count.values })]
                  .filter((part) => part !== null)
                  .join(" · ")}
              </span>
            </span>
            <StatusBadge status={i.status} />
          </li>
        ))}
      </ul>
    </>
  );
}
