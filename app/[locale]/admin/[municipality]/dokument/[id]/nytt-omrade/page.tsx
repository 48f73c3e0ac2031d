import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { documentForNewPart } from "@/lib/documents/admin-queries";
import { toRawValues } from "@/lib/admin/fields";
import { areaFields } from "@/lib/areas/form";
import { planOptions } from "@/lib/plan/form-options";
import { getLocale } from "next-intl/server";
import { levelLabelsIn } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/routing";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { NewRecord } from "@/components/admin/NewRecord";
import { previewMarkdown } from "../../../../actions";
import { addArea } from "../../../omrade/actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const generateMetadata = titled("admin.newArea");

export default async function NewAreaPage({ params }: Props) {
  const t = await getT();
  const { municipality: m, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.newArea(m, Number(id)));
  const doc = await documentForNewPart(municipalityId, Number(id));
  if (!doc || !may("edit")) notFound();
  const locale = (await getLocale()) as Locale;
  const fields = areaFields(await planOptions(t, locale, municipalityId, doc.id), false);

  return (
    <NewRecord
      m={m}
      municipalityName={grant.municipalityName}
      trail={[{ href: adminPaths.document(m, doc.id), label: doc.title, lang: "sv" }]}
      title={t("admin.newAreaOf", { label: levelLabelsIn(t, locale, doc).areaLabel.toLocaleLowerCase(locale) })}
      form={{ action: addArea.bind(null, m), fields, initial: toRawValues(fields, { documentId: doc.id, number: String(doc._count.areas + 1) }) }}
      preview={previewMarkdown}
    />
  );
}
