import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { documentChoices, getDocumentStructure } from "@/lib/documents/admin-queries";
import { documentFields } from "@/lib/documents/form";
import { loadDocument } from "@/lib/documents/record";
import { isPublicStatus } from "@/lib/documents/visibility";
import { levelLabelsIn, numbered } from "@/lib/labels";
import { getLocale } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { ChildList } from "@/components/admin/ChildList";
import { RecordEditor } from "@/components/admin/RecordEditor";
import { Labelled, Swedish } from "@/components/admin/Swedish";

import { changeStatus, move, previewMarkdown } from "../../../actions";
import { saveDocument } from "../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const generateMetadata = titled("admin.document");

export default async function DocumentAdminPage({ params }: Props) {
  const t = await getT();
  const { municipality: m, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.document(m, Number(id)));
  const [structure, record, choices] = await Promise.all([
    getDocumentStructure(municipalityId, Number(id)),
    loadDocument(Number(id)),
    documentChoices(municipalityId, Number(id)),
  ]);
  if (!structure || !record) notFound();
  const doc = levelLabelsIn(t, (await getLocale()) as Locale, structure);
  const fields = documentFields(choices);
  const canEdit = may("edit");

  return (
    <RecordEditor
      m={m}
      municipalityName={grant.municipalityName}
      trail={[]}
      label={<Swedish>{doc.title}</Swedish>}
      kicker={t(`documentKind.${doc.kind}`)}
      title={doc.title}
      record={{ type: "document", id: doc.id, version: record.version, status: doc.status }}
      publicHref={isPublicStatus(doc.status) ? paths.document(m, doc.slug) : null}
      previewable
      may={{ edit: canEdit, publish: may("publish") }}
      form={{ action: saveDocument, fields, initial: toRawValues(fields, { ...record.snapshot, id: doc.id, version: record.version }) }}
      actions={{ status: changeStatus, preview: previewMarkdown }}
    >
      <ChildList
        heading={t("admin.sections")}
        items={doc.sections.map((s) => ({ type: "section", ...s, label: <Swedish>{s.heading}</Swedish>, href: adminPaths.section(m, s.id) }))}
        edit={canEdit ? { move, newHref: adminPaths.newSection(m, doc.id), newLabel: t("admin.newSection") } : null}
      />
      <ChildList
        heading={doc.areaLabelPlural}
        items={doc.areas.map((a) => ({
          type: "area",
          ...a,
          label: <Labelled label={numbered(doc.areaLabel, a.number)} title={a.title} />,
          href: adminPaths.area(m, a.id),
        }))}
        edit={canEdit ? { move, newHref: adminPaths.newArea(m, doc.id), newLabel: t("admin.newArea") } : null}
      />
    </RecordEditor>
  );
}
