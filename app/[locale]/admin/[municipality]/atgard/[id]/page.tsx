import { getT } from "@/lib/i18n/server";
import { getLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths, areaPartTrail } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { actionFields } from "@/lib/actions/form";
import { getActionForEditing } from "@/lib/actions/queries";
import { planOptions } from "@/lib/plan/form-options";
import { isPublicStatus } from "@/lib/documents/visibility";
import { levelLabelsIn, numbered } from "@/lib/labels";
import type { Locale } from "@/lib/i18n/routing";
import { paths } from "@/lib/paths";
import { titled } from "@/lib/admin/metadata";
import { RecordEditor } from "@/components/admin/RecordEditor";
import { Labelled } from "@/components/admin/Swedish";
import { changeStatus, previewMarkdown } from "../../../actions";
import { addOrganisation, saveAction } from "../actions";
import { NewOrganisationForm } from "@/components/admin/NewOrganisationForm";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const generateMetadata = titled("admin.entities.action");

export default async function EditActionPage({ params }: Props) {
  const { municipality: m, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.action(m, Number(id)));
  const action = await getActionForEditing(municipalityId, Number(id));
  if (!action) notFound();
  const [t, locale] = [await getT(), (await getLocale()) as Locale];
  const { area, snapshot } = action;
  const doc = levelLabelsIn(t, locale, action.document);
  const fields = actionFields(await planOptions(t, locale, municipalityId, doc.id), { area: doc.areaLabel });
  const label = numbered(doc.actionLabel, [area.number, snapshot.number].filter(Boolean).join("."));

  return (
    <>
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
        title={snapshot.title}
        record={{ type: "action", id: action.entity.id, version: action.version, status: action.status }}
        publicHref={action.status === "PUBLISHED" && isPublicStatus(doc.status) ? paths.action(m, doc.slug, snapshot.slug) : null}
        previewable
        may={{ edit: may("edit", action.areaId), publish: may("publish", action.areaId) }}
        form={{ action: saveAction, fields, initial: toRawValues(fields, { ...snapshot, id: action.entity.id, version: action.version }) }}
        actions={{ status: changeStatus, preview: previewMarkdown }}
      />
      {may("edit") ? <NewOrganisationForm action={addOrganisation} municipalityId={municipalityId} /> : null}
    </>
  );
}
