import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can, platform } from "@/lib/auth/permissions";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { getFormatter } from "next-intl/server";
import { listMunicipalitiesForOperator } from "@/lib/platform/queries";
import { createMunicipalityFields, inviteAdministratorFields, makeOperatorFields } from "@/lib/platform/form";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { PageHeader } from "@/components/PageHeader";
import { RecordForm } from "@/components/admin/RecordForm";
import { addMunicipality, addOperator, inviteAdmin } from "./actions";

export const generateMetadata = titled("admin.platform.title");

/** Platform operators only (docs/decisions/100); for everyone else the page does not exist. */
export default async function PlatformPage() {
  const t = await getT();
  const format = await getFormatter();
  const user = await requireUser(adminPaths.platform());
  if (!can(user, "operate", platform)) notFound();
  const municipalities = await listMunicipalitiesForOperator(user);
  const invite = inviteAdministratorFields(municipalities.map((m) => ({ value: String(m.id), label: { text: m.name } })));
  return (
    <>
      <PageHeader title={t("admin.platform.title")} lead={t("admin.platform.lead")} />
      <section aria-labelledby="kommuner">
        <h2 id="kommuner">{t("admin.platform.municipalities")}</h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col">{t("admin.platform.name")}</th>
                <th scope="col">{t("admin.platform.code")}</th>
                <th scope="col">{t("admin.platform.documents")}</th>
                <th scope="col">{t("admin.platform.people")}</th>
                <th scope="col">{t("admin.platform.lastActivity")}</th>
              </tr>
            </thead>
            <tbody>
              {municipalities.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{m.code}</td>
                  <td>{m.documents}</td>
                  <td>{m.people}</td>
                  <td>{m.lastActivity ? format.dateTime(m.lastActivity, "dateTime") : t("admin.platform.none")}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="ny-kommun" className="mt-10 max-w-xl">
        <h2 id="ny-kommun">{t("admin.platform.createTitle")}</h2>
        <RecordForm
          action={addMunicipality}
          fields={createMunicipalityFields}
          initial={toRawValues(createMunicipalityFields, {})}
          submitLabel={t("admin.platform.create")}
        />
      </section>
      <section aria-labelledby="bjud-in" className="mt-10 max-w-xl">
        <h2 id="bjud-in">{t("admin.platform.inviteTitle")}</h2>
        <RecordForm action={inviteAdmin} fields={invite} initial={toRawValues(invite, {})} submitLabel={t("admin.platform.invite")} />
      </section>
      <section aria-labelledby="operator" className="mt-10 max-w-xl">
        <h2 id="operator">{t("admin.platform.makeOperatorTitle")}</h2>
        <RecordForm
          action={addOperator}
          fields={makeOperatorFields}
          initial={toRawValues(makeOperatorFields, {})}
          submitLabel={t("admin.platform.makeOperator")}
        />
      </section>
    </>
  );
}
