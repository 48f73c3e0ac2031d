import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin/paths";
import { getActionPreview } from "@/lib/actions/queries";
import { getAreaPreview } from "@/lib/areas/queries";
import { getDocumentPreview } from "@/lib/documents/queries";
import { getGoalPreview } from "@/lib/goals/queries";
import { sv } from "@/lib/i18n/sv";
import { ActionView } from "@/components/views/ActionView";
import { AreaView } from "@/components/views/AreaView";
import { DocumentView } from "@/components/views/DocumentView";
import { GoalView } from "@/components/views/GoalView";

type Props = { params: Promise<{ municipality: string; type: string; id: string }> };

export const metadata: Metadata = { title: sv.admin.preview };

/** Each previewable kind: its drafts-included read model rendered by the public page's own view. */
const previews: Record<string, (municipalityId: number, id: number) => Promise<ReactNode | null>> = {
  document: async (municipalityId, id) => {
    const document = await getDocumentPreview(municipalityId, id);
    return document ? <DocumentView document={document} /> : null;
  },
  area: async (municipalityId, id) => {
    const area = await getAreaPreview(municipalityId, id);
    return area ? <AreaView area={area} /> : null;
  },
  goal: async (municipalityId, id) => {
    const goal = await getGoalPreview(municipalityId, id);
    return goal ? <GoalView goal={goal} /> : null;
  },
  action: async (municipalityId, id) => {
    const action = await getActionPreview(municipalityId, id);
    return action ? <ActionView action={action} /> : null;
  },
};

export default async function PreviewPage({ params }: Props) {
  const { municipality: m, type, id } = await params;
  const { municipalityId } = await adminContext(m, adminPaths.preview(m, type, Number(id)));
  const view = await previews[type]?.(municipalityId, Number(id));
  if (!view) notFound();
  return (
    <>
      <p role="note" className="no-print mb-6 rounded border-l-4 border-amber-600 bg-amber-50 p-3 font-semibold">
        {sv.admin.previewNotice}
      </p>
      {view}
    </>
  );
}
