import { getLocale } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { itemOptions } from "@/lib/municipal-items/form";
import { listItems } from "@/lib/municipal-items/record";
import { itemKindAt, itemTitleLang } from "@/lib/records/item-kinds";
import { getT } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { MoveForm } from "@/components/admin/MoveForm";
import { PageHeader } from "@/components/PageHeader";
import { StatusBadge } from "@/components/StatusBadge";
import { move } from "../../../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = itemKindAt((await routeParams(params)).kind);
  const t = await getT();
  return { title: kind ? t(`admin.content.kinds.${kind.type}.plural`) : t("admin.content.nav") };
}

/** Every item of one kind in every status, in the public order, with the buttons that change it. */
export default async function ItemListPage({ params }: Props) {
  const t = await getT();
  const { municipality: m, kind: segment } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.content(m, segment));
  const kind = itemKindAt(segment);
  if (!kind) notFound();
  const [list, options] = await Promise.all([listItems(kind, municipalityId), itemOptions(t, await getLocale(), municipalityId)]);
  const labels = { plural: t(`admin.content.kinds.${kind.type}.plural`), new: t(`admin.content.kinds.${kind.type}.new`) };
  const mayEdit = may("edit");

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} current={labels.plural} />
      <PageHeader kicker={t("admin.content.nav")} title={labels.plural}>
        {mayEdit ? (
          <p className="mt-3">
            <Link href={adminPaths.newContent(m, segment)} className="link">
              + {labels.new}
            </Link>
          </p>
        ) : null}
      </PageHeader>
      {list.length === 0 ? <p>{t("admin.content.empty")}</p> : null}
      <ol className="space-y-2">
        {list.map((item, index) => {
          const title = <span lang={itemTitleLang(kind)}>{kind.title(item.snapshot, options)}</span>;
          return (
            <li key={item.entity.id} className="card flex flex-wrap items-center justify-between gap-3">
              <span className="flex flex-wrap items-center gap-3">
                <Link href={adminPaths.contentItem(m, segment, item.entity.id)} className="link font-semibold">
                  {title}
                </Link>
                {kind.hasStatus ? <StatusBadge status={item.status} /> : null}
              </span>
              {kind.positioned && mayEdit ? (
                <MoveForm
                  action={move}
                  record={{ type: kind.type, id: item.entity.id, version: item.version }}
                  label={title}
                  first={index === 0}
                  last={index === list.length - 1}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
