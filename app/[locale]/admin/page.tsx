import { requireUser } from "@/lib/auth/session";
import { can, platform } from "@/lib/auth/permissions";
import { adminPaths } from "@/lib/admin-paths";
import { toRawValues } from "@/lib/admin/fields";
import { pendingInvitations } from "@/lib/users/queries";
import { answerInvitationFields } from "@/lib/users/form";
import { PageHeader } from "@/components/PageHeader";
import { RecordForm } from "@/components/admin/RecordForm";
import { getT } from "@/lib/i18n/server";
import { Link, redirect } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { getLocale } from "next-intl/server";
import { answerInvite } from "./actions";

export default async function AdminHome() {
  const t = await getT();
  const user = await requireUser(adminPaths.home());
  const invitations = await pendingInvitations(user.id);
  const operator = can(user, "operate", platform);
  if (user.memberships.length === 1 && invitations.length === 0 && !operator)
    redirect({ href: adminPaths.municipality(user.memberships[0]!.municipalitySlug), locale: (await getLocale()) as Locale });
  return (
    <>
      <PageHeader title={t("admin.title")} lead={user.memberships.length === 0 && !operator ? t("admin.noMemberships") : t("admin.chooseMunicipality")} />
      {operator ? (
        <p>
          <Link href={adminPaths.platform()} className="link text-lg font-semibold">
            {t("admin.platform.link")}
          </Link>
        </p>
      ) : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {user.memberships.map((m) => (
          <li key={m.municipalityId} className="card">
            <Link href={adminPaths.municipality(m.municipalitySlug)} className="link text-lg font-semibold">
              {m.municipalityName}
            </Link>
            <p className="text-slate-700">{t(`admin.roles.${m.role}`)}</p>
          </li>
        ))}
      </ul>
      {invitations.length > 0 ? (
        <section aria-labelledby="inbjudningar" className="mt-10">
          <h2 id="inbjudningar">{t("admin.invitations.title")}</h2>
          <p>{t("admin.invitations.lead")}</p>
          <ul className="grid gap-4 sm:grid-cols-2">
            {invitations.map((invitation) => (
              <li key={invitation.municipalityId} className="card">
                <h3 className="mt-0 text-lg">{invitation.municipalityName}</h3>
                <p className="text-slate-700">
                  {t("admin.invitations.offer")}: {t(`admin.roles.${invitation.role}`)}
                </p>
                <div className="flex flex-wrap gap-4">
                  {(["accept", "decline"] as const).map((answer) => (
                    <RecordForm
                      key={answer}
                      action={answerInvite}
                      fields={answerInvitationFields}
                      initial={toRawValues(answerInvitationFields, { municipalityId: invitation.municipalityId, answer })}
                      submitLabel={t(`admin.invitations.${answer}`)}
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
          {t("admin.twoFactor.link")}
        </Link>
      </p>
    </>
  );
}
