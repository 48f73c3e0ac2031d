import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths, areaPartTrail } from "@/lib/admin-paths";
import { areaForNewPart } from "@/lib/areas/admin-queries";
import { toRawValues } from "@/lib/admin/fields";
import { goalFields } from "@/lib/goals/form";
import { planOptions } from "@/lib/plan/form-options";
import { numbered } from "@/lib/labels";
import { getLocale } from "next-intl/server";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { NewRecord } from "@/components/admin/NewRecord";
import { previewMarkdown } from "../../../../actions";
import { addGoal } from "../../../mal/actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const generateMetadata = titled("admin.newGoal");

export default async function NewGoalPage({ params }: Props) {
  const t = await getT();
  const { municipality: m, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.newGoal(m, Number(id)));
  const area = await areaForNewPart(municipalityId, Number(id));
  if (!area || !may("edit", area.id)) notFound();
  const fields = goalFields(await planOptions(t, await getLocale(), municipalityId, area.document.id), area.document.areaLabel, false);

  return (
    <NewRecord
      m={m}
      municipalityName={grant.municipalityName}
      trail={areaPartTrail(m, area.document, area)}
      kicker={`${numbered(area.document.areaLabel, area.number)}: ${area.title}`}
      title={t("admin.newGoalOf", { label: area.document.goalLabel.toLocaleLowerCase(await getLocale()) })}
      form={{ action: addGoal.bind(null, m), fields, initial: toRawValues(fields, { areaId: area.id }) }}
      preview={previewMarkdown}
    />
  );
}
