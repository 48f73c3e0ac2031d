import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { getActionPreview } from "@/lib/actions/queries";
import { getAreaPreview } from "@/lib/areas/queries";
import { getDocumentPreview } from "@/lib/documents/queries";
import { getGoalPreview } from "@/lib/goals/queries";
import { getT } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { titled } from "@/lib/admin/metadata";
import { ActionView } from "@/components/views/ActionView";
import { AreaView } from "@/components/views/AreaView";
import { DocumentView } from "@/components/views/DocumentView";
import { GoalView } from "@/components/views/GoalView";
import { getActionFollowUpPreview, getAreaProgressPreview, getDocumentProgressPreview, getGoalFollowUpPreview } from "@/lib/followup/queries";
import { getFollowUpSchedulePreview } from "@/lib/followup/schedule";
import { routeParams } from "@/lib/route-params";
import { recordKinds } from "@/lib/records/kinds";
import { statusTransitions } from "@/lib/admin/transitions";
import type { EntityType } from "@/lib/revisions/entities";
import { StatusForm } from "@/components/admin/StatusForm";
import { changeStatus } from "../../../../actions";

type Props = { params: Promise<{ municipality: string; type: string; id: string }> };

export const generateMetadata = titled("admin.preview");

/**
 * Each previewable kind: its drafts-included read model rendered by the public page's own view. A Map, so
 * a type from the address such as `constructor` or `__proto__` is simply not there.
 */
const previews = new Map<string, (m: string, municipalityId: number, id: number) => Promise<ReactNode | null>>(
  Object.entries({
    document: async (m, municipalityId, id) => {
      const [document, progress, schedule] = await Promise.all([
        getDocumentPreview(municipalityId, id),
        getDocumentProgressPreview(m, municipalityId, id),
        getFollowUpSchedulePreview(m, municipalityId, "document", id),
      ]);
      return document ? <DocumentView document={document} progress={progress} schedule={schedule} /> : null;
    },
    area: async (m, municipalityId, id) => {
      const [area, progress, schedule] = await Promise.all([
        getAreaPreview(municipalityId, id),
        getAreaProgressPreview(m, municipalityId, id),
        getFollowUpSchedulePreview(m, municipalityId, "area", id),
      ]);
      return area ? <AreaView area={area} progress={progress} schedule={schedule} /> : null;
    },
    goal: async (m, municipalityId, id) => {
      const [goal, followUp, schedule] = await Promise.all([
        getGoalPreview(municipalityId, id),
        getGoalFollowUpPreview(m, municipalityId, id),
        getFollowUpSchedulePreview(m, municipalityId, "goal", id),
      ]);
      return goal ? <GoalView goal={goal} followUp={followUp} schedule={schedule} /> : null;
    },
    action: async (m, municipalityId, id) => {
      const [action, followUp, schedule] = await Promise.all([
        getActionPreview(municipalityId, id),
        getActionFollowUpPreview(m, municipalityId, id),
        getFollowUpSchedulePreview(m, municipalityId, "action", id),
      ]);
      return action ? <ActionView action={action} followUp={followUp} schedule={schedule} /> : null;
    },
  }),
);

/** Where each previewable kind is edited: the way back from its preview. */
const editPaths: Record<string, (m: string, id: number) => string> = {
  document: adminPaths.document,
  area: adminPaths.area,
  goal: adminPaths.goal,
  action: adminPaths.action,
};

export default async function PreviewPage({ params }: Props) {
  const t = await getT();
  const { municipality: m, type, id } = await routeParams(params);
  const { municipalityId, may } = await adminContext(m, adminPaths.preview(m, type, Number(id)));
  const [view, record] = await Promise.all([
    previews.get(type)?.(m, municipalityId, id),
    previews.has(type) ? recordKinds[type as EntityType]?.load(id) : null,
  ]);
  if (!view || !record || record.entity.municipalityId !== municipalityId) notFound();
  const title = String(record.snapshot.title ?? "");
  return (
    <>
      <div role="note" aria-label={t("admin.preview")} className="no-print mb-6 space-y-3 rounded border-l-4 border-amber-600 bg-amber-50 p-3">
        <p className="font-semibold">{t("admin.previewNotice")}</p>
        <p>
          <Link href={editPaths[type]!(m, id)} className="link font-semibold">
            <span aria-hidden="true">← </span>
            {t("admin.backToEditing")}
          </Link>
        </p>
        {/* Rendered also once published, so its "Publicerad" message stays on the page. */}
        {may("publish", record.areaId) ? (
          <StatusForm
            action={changeStatus}
            record={{ type, id, version: record.version }}
            title={title}
            transitions={statusTransitions(record.status).filter((t) => t.status === "PUBLISHED" && record.status === "DRAFT")}
          />
        ) : null}
      </div>
      {view}
    </>
  );
}
