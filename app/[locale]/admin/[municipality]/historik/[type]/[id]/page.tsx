import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { displayValue, valueLang } from "@/lib/admin/display";
import { isEntityType } from "@/lib/revisions/entities";
import { historyFields } from "@/lib/records/history-fields";
import { recordKinds } from "@/lib/records/kinds";
import { listRevisions } from "@/lib/revisions/queries";
import { getFormatter, getLocale } from "next-intl/server";
import { getT } from "@/lib/i18n/server";
import type { MessageKey } from "@/lib/i18n/message";
import { shownFields } from "@/lib/admin/fields";
import { titled } from "@/lib/admin/metadata";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { RestoreForm } from "@/components/admin/RestoreForm";
import { PageHeader } from "@/components/PageHeader";
import { Sentence, slot } from "@/components/Sentence";
import { restore } from "../../../../actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string; type: string; id: string }> };

export const generateMetadata = titled("admin.history");

export default async function HistoryPage({ params }: Props) {
  const t = await getT();
  const format = await getFormatter();
  const { municipality: m, type, id } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.history(m, type, Number(id)));
  if (!isEntityType(type)) notFound();
  const [revisions, current, described] = await Promise.all([
    listRevisions(municipalityId, type, Number(id)),
    recordKinds[type]?.load(Number(id)) ?? null,
    historyFields[type]?.(t, await getLocale(), municipalityId, Number(id)) ?? [],
  ]);
  if (!current || current.entity.municipalityId !== municipalityId) notFound();
  const fields = shownFields(t, described);
  const canRestore = may("edit", current.areaId);
  // A record's title is the municipality's Swedish text; a name (a person's, an organisation's) is in no language.
  const text = current.snapshot.title ?? current.snapshot.heading;
  const named = text ?? current.snapshot.name;
  const title = (
    <Sentence
      sentence={t("admin.historyTitle", { kind: t(`admin.entities.${type}`), title: slot(0) })}
      parts={[{ text: String(named ?? `#${id}`), lang: text ? "sv" : undefined }]}
    />
  );

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} current={t("admin.history")} />
      <PageHeader title={title} />
      {revisions.length === 0 ? <p>{t("admin.noHistory")}</p> : null}
      <ol className="space-y-4">
        {revisions.map((r) => (
          <li key={r.id} className="card">
            <h2 className="mt-0 text-lg">
              {t("admin.versionLine", {
                version: r.version,
                kind: t(`admin.revisionKinds.${r.kind}`),
                who: r.user?.name ?? t("admin.commandLine"),
                at: format.dateTime(r.createdAt, "dateTime"),
              })}
            </h2>
            <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[12rem_1fr]">
              {r.changes.map((c) => {
                const field = fields.find((f) => f.name === c.field);
                return (
                  <div key={c.field} className="contents">
                    <dt className="font-semibold">
                      {field?.label || (t.has(`admin.fieldNames.${c.field}`) ? t(`admin.fieldNames.${c.field}` as MessageKey) : c.field)}
                    </dt>
                    <dd>
                      <del className="text-slate-600" lang={valueLang(field, c.before)}>
                        {displayValue(t, c.before, field)}
                      </del>{" "}
                      →{" "}
                      <ins className="no-underline" lang={valueLang(field, c.after)}>
                        {displayValue(t, c.after, field)}
                      </ins>
                    </dd>
                  </div>
                );
              })}
            </dl>
            {canRestore && r.version !== current.version && r.kind !== "ARCHIVE" ? (
              <RestoreForm action={restore} revisionId={r.id} version={current.version} label={t("admin.restoreVersionNumber", { version: r.version })} />
            ) : null}
          </li>
        ))}
      </ol>
    </>
  );
}
