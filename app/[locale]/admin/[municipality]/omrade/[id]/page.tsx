import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { adminContext, inMunicipality } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { areaParts } from "@/lib/areas/admin-queries";
import { areaFields } from "@/lib/areas/form";
import { loadArea } from "@/lib/areas/record";
import { documentPlace } from "@/lib/documents/admin-queries";
import { isPublicStatus } from "@/lib/documents/visibility";
import { planOptions } from "@/lib/plan/form-options";
import { levelLabelsIn, numbered } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/routing";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { ChildList } from "@/components/admin/ChildList";
import { RecordEditor } from "@/components/admin/RecordEditor";
import { Labelled } from "@/components/admin/Swedish";

import { changeStatus, move, previewMarkdown } from "../../../actions";
import { saveArea } from "../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const generateMetadata = titled("admin.entities.area");

export default async function EditAreaPage({ params }: Props) {
  const t = await getT();
  const { municipality: m, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.area(m, Number(id)));
  const area = await loadArea(Number(id));
  if (!area) notFound();
  inMunicipality(area.entity, municipalityId);
  const locale = (await getLocale()) as Locale;
  const [place, options, children] = await Promise.all([
    documentPlace(area.documentId),
    planOptions(t, locale, municipalityId, area.documentId),
    areaParts(area.entity.id),
  ]);
  const doc = levelLabelsIn(t, locale, place);
  const fields = areaFields(options);
  const label = numbered(doc.areaLabel, area.snapshot.number);
  const canEdit = may("edit", area.areaId);

  return (
    <RecordEditor
      m={m}
      municipalityName={grant.municipalityName}
      trail={[{ href: adminPaths.document(m, doc.id), label: doc.title, lang: "sv" }]}
      label={label}
      kicker={label}
      title={area.snapshot.title}
      record={{ type: "area", id: area.entity.id, version: area.version, status: area.status }}
      publicHref={area.status === "PUBLISHED" && isPublicStatus(doc.status) ? paths.area(m, doc.slug, area.snapshot.slug) : null}
      previewable
      may={{ edit: canEdit, publish: may("publish", area.areaId) }}
      form={{ action: saveArea, fields, initial: toRawValues(fields, { ...area.snapshot, id: area.entity.id, version: area.version }) }}
      actions={{ status: changeStatus, preview: previewMarkdown }}
    >
      <ChildList
        heading={doc.goalLabelPlural}
        items={children.goals.map((g) => ({
          type: "goal",
          ...g,
          label: <Labelled label={numbered(doc.goalLabel, g.code)} title={g.title} />,
          href: adminPaths.goal(m, g.id),
        }))}
        edit={canEdit ? { move, newHref: adminPaths.newGoal(m, area.entity.id), newLabel: t("admin.newGoal") } : null}
      />
      <ChildList
        heading={doc.actionLabelPlural}
        items={children.actions.map((a) => ({
          type: "action",
          ...a,
          label: <Labelled label={numbered(doc.actionLabel, [area.snapshot.number, a.number].filter(Boolean).join("."))} title={a.title} />,
          href: adminPaths.action(m, a.id),
        }))}
        edit={canEdit ? { move, newHref: adminPaths.newAction(m, area.entity.id), newLabel: t("admin.newAction") } : null}
      />
    </RecordEditor>
  );
}
