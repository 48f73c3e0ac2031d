import { getLocale } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { statusTransitions } from "@/lib/admin/transitions";
import { itemFields, itemOptions } from "@/lib/municipal-items/form";
import { loadItem } from "@/lib/municipal-items/record";
import { itemKindAt, itemTitleLang } from "@/lib/records/item-kinds";
import { getT } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { RecordForm } from "@/components/admin/RecordForm";
import { StatusForm } from "@/components/admin/StatusForm";
import { PageHeader } from "@/components/PageHeader";
import { StatusBadge } from "@/components/StatusBadge";
import { changeStatus, previewMarkdown } from "../../../../actions";
import { saveItem } from "../../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; kind: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = itemKindAt((await routeParams(params)).kind);
  const t = await getT();
  return { title: kind ? t(`admin.entities.${kind.type}`) : t("admin.content.nav") };
}

export default async function EditItemPage({ params }: Props) {
  const t = await getT();
  const { municipality: m, kind: segment, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.contentItem(m, segment, Number(id)));
  const kind = itemKindAt(segment);
  const item = kind ? await loadItem(kind, Number(id)) : null;
  if (!kind || !item || item.entity.municipalityId !== municipalityId) notFound();
  const options = await itemOptions(t, await getLocale(), municipalityId);
  const fields = itemFields(kind, options);
  const title = kind.title(item.snapshot, options);

  return (
    <>
      <AdminTrail
        m={m}
        name={grant.municipalityName}
        trail={[{ href: adminPaths.content(m, segment), label: t(`admin.content.kinds.${kind.type}.plural`) }]}
        current={<span lang={itemTitleLang(kind)}>{title}</span>}
      />
      <PageHeader kicker={t(`admin.entities.${kind.type}`)} title={<span lang={itemTitleLang(kind)}>{title}</span>}>
        <p className="mt-3 flex flex-wrap items-center gap-4">
          {kind.hasStatus ? <StatusBadge status={item.status} /> : null}
          {kind.publicPage && item.status === "PUBLISHED" ? (
            <Link href={kind.publicPage.path(m, item.snapshot)} className="link">
              {t("admin.publicPage")}
            </Link>
          ) : null}
          <Link href={adminPaths.history(m, kind.type, item.entity.id)} className="link">
            {t("admin.history")}
          </Link>
        </p>
      </PageHeader>
      {kind.hasStatus && may("publish") ? (
        <div className="mb-8">
          <StatusForm
            action={changeStatus}
            record={{ type: kind.type, id: item.entity.id, version: item.version }}
            title={title}
            titleLang={itemTitleLang(kind)}
            transitions={statusTransitions(item.status)}
          />
        </div>
      ) : null}
      <RecordForm
        action={saveItem.bind(null, segment)}
        fields={fields}
        initial={toRawValues(fields, { ...item.snapshot, id: item.entity.id, version: item.version })}
        submitLabel={t("admin.saveChanges")}
        readOnly={!may("edit")}
        preview={previewMarkdown}
      />
    </>
  );
}
