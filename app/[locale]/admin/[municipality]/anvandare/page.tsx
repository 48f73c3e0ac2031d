import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
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
        {members.map((member) => {
          const person = { userId: member.user.id, municipalityId };
          const grantValues = toRawValues(change, { ...person, role: member.role, areaIds: member.areas.map((a) => a.areaId) });
          return (
            <li key={member.user.id} className="card">
              {member.pending ? (
                <>
                  <h2 className="mt-0 text-xl">{member.user.email}</h2>
                  <p className="text-slate-700">
                    {u.invitationPending} · {sv.admin.roles[member.role]}
                  </p>
                  <p>{u.invitationPendingHelp}</p>
                </>
              ) : (
                <>
                  <h2 className="mt-0 text-xl">{member.user.name}</h2>
                  <p className="text-slate-700">
                    {member.user.email} · {sv.admin.roles[member.role]}
                    {member.user.disabled ? ` · ${u.disabled}` : ""} · {u.lastSignIn}:{" "}
                    {member.user.lastSignInAt ? formatDateTime(member.user.lastSignInAt) : u.never}
                  </p>
                </>
              )}
              <details className="mt-3">
                <summary className="link cursor-pointer">{member.pending ? u.changeInvitation : u.changeRole}</summary>
                <div className="mt-3">
                  <RecordForm action={changeRole} fields={change} initial={grantValues} submitLabel={member.pending ? u.changeInvitation : u.changeRole} />
                </div>
              </details>
              {member.pending ? null : (
                <details className="mt-3">
                  <summary className="link cursor-pointer">{u.setPassword}</summary>
                  <div className="mt-3">
                    {member.user._count.memberships > 1 ? (
                      <p>{u.otherMunicipalities}</p>
                    ) : (
                      <RecordForm
                        action={changePassword}
                        fields={setPasswordFields}
                        initial={toRawValues(setPasswordFields, person)}
                        submitLabel={u.setPassword}
                      />
                    )}
                  </div>
                </details>
              )}
              <details className="mt-3">
                <summary className="link cursor-pointer">{member.pending ? u.withdrawInvitation : u.remove}</summary>
                <div className="mt-3">
                  <RecordForm
                    action={removeRole}
                    fields={removeGrantFields}
                    initial={toRawValues(removeGrantFields, person)}
                    submitLabel={member.pending ? u.withdrawInvitation : u.remove}
                  />
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
