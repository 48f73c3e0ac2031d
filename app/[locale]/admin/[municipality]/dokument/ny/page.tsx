import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { documentChoices } from "@/lib/documents/admin-queries";
import { documentFields } from "@/lib/documents/form";
import { defaultLevelLabels, levelLabelColumns } from "@/lib/labels";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { NewRecord } from "@/components/admin/NewRecord";
import { previewMarkdown } from "../../../actions";
import { addDocument } from "../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

export const generateMetadata = titled("admin.newDocument");

export default async function NewDocumentPage({ params }: Props) {
  const t = await getT();
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.newDocument(m));
  if (!may("edit")) notFound();
  const fields = documentFields(await documentChoices(municipalityId), false);
  const initial = { municipalityId, kind: "action_plan", ...levelLabelColumns(defaultLevelLabels("action_plan")) };

  return (
    <NewRecord
      m={m}
      municipalityName={grant.municipalityName}
      trail={[]}
      title={t("admin.newDocument")}
      form={{ action: addDocument.bind(null, m), fields, initial: toRawValues(fields, initial) }}
      preview={previewMarkdown}
    />
  );
}
