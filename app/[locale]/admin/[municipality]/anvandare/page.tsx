import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { addUserFields, changeGrantFields, removeGrantFields, setPasswordFields } from "@/lib/users/form";
import { areaChoices, listMembers } from "@/lib/users/queries";
import { getFormatter } from "next-intl/server";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { AdminTrail } from "@/components/admin/AdminTrail";
import { RecordForm } from "@/components/admin/RecordForm";
import { PageHeader } from "@/components/PageHeader";
import { addPerson, changePassword, changeRole, removeRole } from "./actions";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ municipality: string }> };

export const generateMetadata = titled("admin.users.title");

export default async function UsersPage({ params }: Props) {
  const t = await getT();
  const format = await getFormatter();
  const { municipality: m } = await routeParams(params);
  const { grant, municipalityId, may } = await adminContext(m, adminPaths.users(m));
  if (!may("administer")) notFound();
  const [members, areas] = await Promise.all([listMembers(municipalityId), areaChoices(municipalityId)]);
  const add = addUserFields(areas);
  const change = changeGrantFields(areas);

  return (
    <>
      <AdminTrail m={m} name={grant.municipalityName} current={t("admin.users.title")} />
      <PageHeader title={t("admin.users.title")} />
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
                    {t("admin.users.invitationPending")} · {t(`admin.roles.${member.role}`)}
                  </p>
                  <p>{t("admin.users.invitationPendingHelp")}</p>
                </>
              ) : (
                <>
                  <h2 className="mt-0 text-xl">{member.user.name}</h2>
                  <p className="text-slate-700">
                    {member.user.email} · {t(`admin.roles.${member.role}`)}
                    {member.user.disabled ? ` · ${t("admin.users.disabled")}` : ""} · {t("admin.users.lastSignIn")}:{" "}
                    {member.user.lastSignInAt ? format.dateTime(member.user.lastSignInAt, "dateTime") : t("admin.users.never")}
                  </p>
                </>
              )}
              <details className="mt-3">
                <summary className="link cursor-pointer">{member.pending ? t("admin.users.changeInvitation") : t("admin.users.changeRole")}</summary>
                <div className="mt-3">
                  <RecordForm
                    action={changeRole}
                    fields={change}
                    initial={grantValues}
                    submitLabel={member.pending ? t("admin.users.changeInvitation") : t("admin.users.changeRole")}
                  />
                </div>
              </details>
              {member.pending ? null : (
                <details className="mt-3">
                  <summary className="link cursor-pointer">{t("admin.users.setPassword")}</summary>
                  <div className="mt-3">
                    {member.user._count.memberships > 1 ? (
                      <p>{t("admin.users.otherMunicipalities")}</p>
                    ) : (
                      <RecordForm
                        action={changePassword}
                        fields={setPasswordFields}
                        initial={toRawValues(setPasswordFields, person)}
                        submitLabel={t("admin.users.setPassword")}
                      />
                    )}
                  </div>
                </details>
              )}
              <details className="mt-3">
                <summary className="link cursor-pointer">{member.pending ? t("admin.users.withdrawInvitation") : t("admin.users.remove")}</summary>
                <div className="mt-3">
                  <RecordForm
                    action={removeRole}
                    fields={removeGrantFields}
                    initial={toRawValues(removeGrantFields, person)}
                    submitLabel={member.pending ? t("admin.users.withdrawInvitation") : t("admin.users.remove")}
                  />
                </div>
              </details>
            </li>
          );
        })}
      </ul>
      <section aria-labelledby="lagg-till" className="mt-10">
        <h2 id="lagg-till">{t("admin.users.add")}</h2>
        <RecordForm action={addPerson} fields={add} initial={toRawValues(add, { municipalityId, role: "EDITOR" })} submitLabel={t("admin.users.add")} />
      </section>
    </>
  );
}
