import { getT } from "@/lib/i18n/server";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { adminContext, inMunicipality } from "@/lib/admin/access";
import { adminPaths, areaPartTrail } from "@/lib/admin-paths";
import { areaPlace } from "@/lib/areas/admin-queries";
import { toRawValues } from "@/lib/admin/fields";
import { documentPlace } from "@/lib/documents/admin-queries";
import { isPublicStatus } from "@/lib/documents/visibility";
import { goalFields } from "@/lib/goals/form";
import { loadGoal } from "@/lib/goals/record";
import { planOptions } from "@/lib/plan/form-options";
import { levelLabelsIn, numbered } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/routing";
import { paths } from "@/lib/paths";
import { titled } from "@/lib/admin/metadata";
import { RecordEditor } from "@/components/admin/RecordEditor";
import { Labelled } from "@/components/admin/Swedish";
import { changeStatus, previewMarkdown } from "../../../actions";
import { saveGoal } from "../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const generateMetadata = titled("admin.entities.goal");

export default async function EditGoalPage({ params }: Props) {
  const { municipality: m, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.goal(m, Number(id)));
  const goal = await loadGoal(Number(id));
  if (!goal) notFound();
  inMunicipality(goal.entity, municipalityId);
  const [t, locale] = [await getT(), (await getLocale()) as Locale];
  const [place, area, options] = await Promise.all([
    documentPlace(goal.documentId),
    areaPlace(goal.areaId),
    planOptions(t, locale, municipalityId, goal.documentId),
  ]);
  const doc = levelLabelsIn(t, locale, place);
  const fields = goalFields(options, doc.areaLabel);
  const label = numbered(doc.goalLabel, goal.snapshot.code);

  return (
    <RecordEditor
      m={m}
      municipalityName={grant.municipalityName}
      trail={areaPartTrail(m, doc, area)}
      label={label}
      kicker={
        <>
          {label} · <Labelled label={numbered(doc.areaLabel, area.number)} title={area.title} />
        </>
      }
      title={goal.snapshot.title}
      record={{ type: "goal", id: goal.entity.id, version: goal.version, status: goal.status }}
      publicHref={goal.status === "PUBLISHED" && isPublicStatus(doc.status) ? paths.goal(m, doc.slug, goal.snapshot.slug) : null}
      previewable
      may={{ edit: may("edit", goal.areaId), publish: may("publish", goal.areaId) }}
      form={{ action: saveGoal, fields, initial: toRawValues(fields, { ...goal.snapshot, id: goal.entity.id, version: goal.version }) }}
      actions={{ status: changeStatus, preview: previewMarkdown }}
    />
  );
}
