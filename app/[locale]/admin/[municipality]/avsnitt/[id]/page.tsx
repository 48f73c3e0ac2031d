import { notFound } from "next/navigation";
import { adminContext, inMunicipality } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { documentPlace } from "@/lib/documents/admin-queries";
import { isPublicStatus } from "@/lib/documents/visibility";
import { sectionFields } from "@/lib/sections/form";
import { loadSection } from "@/lib/sections/record";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { RecordEditor } from "@/components/admin/RecordEditor";
import { Swedish } from "@/components/admin/Swedish";
import { changeStatus, previewMarkdown } from "../../../actions";
import { saveSection } from "../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const generateMetadata = titled("admin.entities.section");

export default async function EditSectionPage({ params }: Props) {
  const t = await getT();
  const { municipality: m, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.section(m, Number(id)));
  const section = await loadSection(Number(id));
  if (!section) notFound();
  inMunicipality(section.entity, municipalityId);
  const doc = await documentPlace(section.documentId);
  const fields = sectionFields();

  return (
    <RecordEditor
      m={m}
      municipalityName={grant.municipalityName}
      trail={[{ href: adminPaths.document(m, doc.id), label: doc.title, lang: "sv" }]}
      label={<Swedish>{section.snapshot.heading}</Swedish>}
      kicker={t("admin.entities.section")}
      title={section.snapshot.heading}
      record={{ type: "section", id: section.entity.id, version: section.version, status: section.status }}
      publicHref={section.status === "PUBLISHED" && isPublicStatus(doc.status) ? paths.document(m, doc.slug) : null}
      previewable={false}
      may={{ edit: may("edit"), publish: may("publish") }}
      form={{ action: saveSection, fields, initial: toRawValues(fields, { ...section.snapshot, id: section.entity.id, version: section.version }) }}
      actions={{ status: changeStatus, preview: previewMarkdown }}
    />
  );
}
