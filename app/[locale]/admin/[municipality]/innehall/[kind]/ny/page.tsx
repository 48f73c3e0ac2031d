import { getLocale } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { itemFields, itemOptions } from "@/lib/municipal-items/form";
import { itemKindAt } from "@/lib/records/item-kinds";
import { getT } from "@/lib/i18n/server";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { RecordForm } from "@/components/admin/RecordForm";
import { PageHeader } from "@/components/PageHeader";
import { previewMarkdown } from "../../../../actions";
import { addItem } from "../../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; kind: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const kind = itemKindAt((await routeParams(params)).kind);
  const t = await getT();
  return { title: kind ? t(`admin.content.kinds.${kind.type}.new`) : t("admin.content.nav") };
}

export default async function NewItemPage({ params }: Props) {
  const t = await getT();
  const { municipality: m, kind: segment } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.newContent(m, segment));
  const kind = itemKindAt(segment);
  if (!kind || !may("edit")) notFound();
  const fields = itemFields(kind, await itemOptions(t, await getLocale(), municipalityId), "create");
  const labels = { plural: t(`admin.content.kinds.${kind.type}.plural`), new: t(`admin.content.kinds.${kind.type}.new`) };
  // A list of records (members, processes) starts with one empty row to fill in.
  const firstRows = Object.fromEntries(fields.filter((f) => f.kind === "rows" && f.columns).map((f) => [f.name, [{}]]));

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} trail={[{ href: adminPaths.content(m, segment), label: labels.plural }]} current={labels.new} />
      <PageHeader kicker={labels.plural} title={labels.new} />
      <RecordForm
        action={addItem.bind(null, m, segment)}
        fields={fields}
        initial={toRawValues(fields, { municipalityId, ...firstRows })}
        submitLabel={t("admin.create")}
        preview={previewMarkdown}
      />
    </>
  );
}
