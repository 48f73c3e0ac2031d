import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin/paths";
import { toRawValues } from "@/lib/admin/fields";
import { addUserFields, changeGrantFields, removeGrantFields, setPasswordFields } from "@/lib/users/form";
import { areaChoices, listMembers } from "@/lib/users/queries";
import { formatDateTime } from "@/lib/labels";
import { sv } from "@/lib/i18n/sv";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { RecordForm } from "@/components/admin/RecordForm";
import { PageHeader } from "@/components/PageHeader";
import { addPerson, changePassword, changeRole, removeRole } from "./actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

const u = sv.admin.users;
export const metadata: Metadata = { title: u.title };

export default async function UsersPage({ params }: Props) {
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.users(m));
  if (!may("administer")) notFound();
  const [members, areas] = await Promise.all([listMembers(municipalityId), areaChoices(municipalityId)]);
  const add = addUserFields(areas);
  const change = changeGrantFields(areas);

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} current={u.title} />
      <PageHeader title={u.title} />
      <ul className="space-y-6">
        {members.map(({ user, role, areas: limited }) => {
          const person = { userId: user.id, municipalityId };
          return (
            <li key={user.id} className="card">
              <h2 className="mt-0 text-xl">{user.name}</h2>
              <p className="text-slate-700">
                {user.email} · {sv.admin.roles[role]}
                {user.disabled ? ` · ${u.disabled}` : ""} · {u.lastSignIn}: {user.lastSignInAt ? formatDateTime(user.lastSignInAt) : u.never}
              </p>
              <details className="mt-3">
                <summary className="link cursor-pointer">{u.changeRole}</summary>
                <div className="mt-3">
                  <RecordForm action={changeRole} fields={change} initial={toRawValues(change, { ...person, role, areaIds: limited.map((a) => a.areaId) })} submitLabel={u.changeRole} />
                </div>
              </details>
              <details className="mt-3">
                <summary className="link cursor-pointer">{u.setPassword}</summary>
                <div className="mt-3">
                  {user._count.memberships > 1 ? (
                    <p>{u.otherMunicipalities}</p>
                  ) : (
                    <RecordForm action={changePassword} fields={setPasswordFields} initial={toRawValues(setPasswordFields, person)} submitLabel={u.setPassword} />
                  )}
                </div>
              </details>
              <details className="mt-3">
                <summary className="link cursor-pointer">{u.remove}</summary>
                <div className="mt-3">
                  <RecordForm action={removeRole} fields={removeGrantFields} initial={toRawValues(removeGrantFields, person)} submitLabel={u.remove} />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="lagg-till" className="mt-10">
        <h2 id="lagg-till">{u.add}</h2>
        <RecordForm action={addPerson} fields={add} initial={toRawValues(add, { municipalityId, role: "EDITOR" })} submitLabel={u.add} />
      </section>
    </>
  );
}
