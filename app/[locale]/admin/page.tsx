import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { can, platform } from "@/lib/auth/permissions";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { pendingInvitations } from "@/lib/users/queries";
import { answerInvitationFields } from "@/lib/users/form";
import { PageHeader } from "@/components/PageHeader";
import { RecordForm } from "@/components/admin/RecordForm";
import { sv } from "@/lib/i18n/sv";
import { answerInvite } from "./actions";

const i = sv.admin.invitations;

export default async function AdminHome() {
  const user = await requireUser(adminPaths.home());
  const invitations = await pendingInvitations(user.id);
  const operator = can(user, "operate", platform);
  if (user.memberships.length === 1 && invitations.length === 0 && !operator) redirect(adminPaths.municipality(user.memberships[0]!.municipalitySlug));
  return (
    <>
      <PageHeader title={sv.admin.title} lead={user.memberships.length === 0 && !operator ? sv.admin.noMemberships : sv.admin.chooseMunicipality} />
      {operator ? (
        <p>
          <Link href={adminPaths.platform()} className="link text-lg font-semibold">
            {sv.admin.platform.link}
          </Link>
        </p>
      ) : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {user.memberships.map((m) => (
          <li key={m.municipalityId} className="card">
            <Link href={adminPaths.municipality(m.municipalitySlug)} className="link text-lg font-semibold">
              {m.municipalityName}
            </Link>
            <p className="text-slate-700">{sv.admin.roles[m.role]}</p>
          </li>
        ))}
      </ul>
      {invitations.length > 0 ? (
        <section aria-labelledby="inbjudningar" className="mt-10">
          <h2 id="inbjudningar">{i.title}</h2>
          <p>{i.lead}</p>
          <ul className="grid gap-4 sm:grid-cols-2">
            {invitations.map((invitation) => (
              <li key={invitation.municipalityId} className="card">
                <h3 className="mt-0 text-lg">{invitation.municipalityName}</h3>
                <p className="text-slate-700">
                  {i.offer}: {sv.admin.roles[invitation.role]}
                </p>
                <div className="flex flex-wrap gap-4">
                  {(["accept", "decline"] as const).map((answer) => (
                    <RecordForm
                      key={answer}
                      action={answerInvite}
                      fields={answerInvitationFields}
                      initial={toRawValues(answerInvitationFields, { municipalityId: invitation.municipalityId, answer })}
                      submitLabel={i[answer]}
                    />
                  ))}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="mt-10">
        <Link href={adminPaths.twoFactor()} className="link">
          {sv.admin.twoFactor.link}
        </Link>
      </p>
    </>
  );
}
