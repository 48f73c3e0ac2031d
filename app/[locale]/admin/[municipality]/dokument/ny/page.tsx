import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { documentChoices } from "@/lib/documents/admin-queries";
import { documentFields } from "@/lib/documents/form";
import { defaultLevelLabels, levelLabelColumns } from "@/lib/labels";
import { sv } from "@/lib/i18n/sv";
import { NewRecord } from "@/components/admin/NewRecord";
import { previewMarkdown } from "../../../actions";
import { addDocument } from "../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

export const metadata: Metadata = { title: sv.admin.newDocument };

export default async function NewDocumentPage({ params }: Props) {
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
      title={sv.admin.newDocument}
      form={{ action: addDocument.bind(null, m), fields, initial: toRawValues(fields, initial) }}
      preview={previewMarkdown}
    />
  );
}
