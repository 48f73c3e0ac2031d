import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths, areaPartTrail } from "@/lib/admin-paths";
import { areaForNewPart } from "@/lib/areas/admin-queries";
import { toRawValues } from "@/lib/admin/fields";
import { goalFields } from "@/lib/goals/form";
import { planOptions } from "@/lib/plan/form-options";
import { levelLabelsIn, numbered } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/routing";
import { Labelled } from "@/components/admin/Swedish";
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
  const locale = (await getLocale()) as Locale;
  const doc = levelLabelsIn(t, locale, area.document);
  const fields = goalFields(await planOptions(t, locale, municipalityId, doc.id), doc.areaLabel, false);

  return (
    <NewRecord
      m={m}
      municipalityName={grant.municipalityName}
      trail={areaPartTrail(m, area.document, area)}
      kicker={<Labelled label={numbered(doc.areaLabel, area.number)} title={area.title} />}
      title={t("admin.newGoalOf", { label: doc.goalLabel.toLocaleLowerCase(locale) })}
      form={{ action: addGoal.bind(null, m), fields, initial: toRawValues(fields, { areaId: area.id }) }}
      preview={previewMarkdown}
    />
  );
}
