import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can, platform } from "@/lib/auth/permissions";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { formatDateTime } from "@/lib/labels";
import { listMunicipalitiesForOperator } from "@/lib/platform/queries";
import { createMunicipalityFields, inviteAdministratorFields, makeOperatorFields } from "@/lib/platform/form";
import { sv } from "@/lib/i18n/sv";
import { PageHeader } from "@/components/PageHeader";
import { RecordForm } from "@/components/admin/RecordForm";
import { addMunicipality, addOperator, inviteAdmin } from "./actions";

const p = sv.admin.platform;
export const metadata: Metadata = { title: p.title };

/** Platform operators only (docs/decisions/100); for everyone else the page does not exist. */
export default async function PlatformPage() {
  const user = await requireUser(adminPaths.platform());
  if (!can(user, "operate", platform)) notFound();
  const municipalities = await listMunicipalitiesForOperator(user);
  const invite = inviteAdministratorFields(municipalities.map((m) => ({ value: String(m.id), label: m.name })));
  return (
    <>
      <PageHeader title={p.title} lead={p.lead} />
      <section aria-labelledby="kommuner">
        <h2 id="kommuner">{p.municipalities}</h2>
        <div className="overflow-x-auto">
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col">{p.name}</th>
                <th scope="col">{p.code}</th>
                <th scope="col">{p.documents}</th>
                <th scope="col">{p.people}</th>
                <th scope="col">{p.lastActivity}</th>
              </tr>
            </thead>
            <tbody>
              {municipalities.map((m) => (
                <tr key={m.id}>
                  <th scope="row">{m.name}</th>
                  <td>{m.code}</td>
                  <td>{m.documents}</td>
                  <td>{m.people}</td>
                  <td>{m.lastActivity ? formatDateTime(m.lastActivity) : p.none}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="ny-kommun" className="mt-10 max-w-xl">
        <h2 id="ny-kommun">{p.createTitle}</h2>
        <RecordForm action={addMunicipality} fields={createMunicipalityFields} initial={toRawValues(createMunicipalityFields, {})} submitLabel={p.create} />
      </section>
      <section aria-labelledby="bjud-in" className="mt-10 max-w-xl">
        <h2 id="bjud-in">{p.inviteTitle}</h2>
        <RecordForm action={inviteAdmin} fields={invite} initial={toRawValues(invite, {})} submitLabel={p.invite} />
      </section>
      <section aria-labelledby="operator" className="mt-10 max-w-xl">
        <h2 id="operator">{p.makeOperatorTitle}</h2>
        <RecordForm action={addOperator} fields={makeOperatorFields} initial={toRawValues(makeOperatorFields, {})} submitLabel={p.makeOperator} />
      </section>
    </>
  );
}
