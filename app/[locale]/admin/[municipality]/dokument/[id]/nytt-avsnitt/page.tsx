import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { documentForNewPart } from "@/lib/documents/admin-queries";
import { toRawValues } from "@/lib/admin/fields";
import { sectionFields } from "@/lib/sections/form";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { NewRecord } from "@/components/admin/NewRecord";
import { previewMarkdown } from "../../../../actions";
import { addSection } from "../../../avsnitt/actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const generateMetadata = titled("admin.newSection");

export default async function NewSectionPage({ params }: Props) {
  const t = await getT();
  const { municipality: m, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.newSection(m, Number(id)));
  const doc = await documentForNewPart(municipalityId, Number(id));
  if (!doc || !may("edit")) notFound();
  const fields = sectionFields(false);

  return (
    <NewRecord
      m={m}
      municipalityName={grant.municipalityName}
      trail={[{ href: adminPaths.document(m, doc.id), label: doc.title, lang: "sv" }]}
      title={t("admin.newSection")}
      form={{ action: addSection.bind(null, m), fields, initial: toRawValues(fields, { documentId: doc.id, level: 2 }) }}
      preview={previewMarkdown}
    />
  );
}
