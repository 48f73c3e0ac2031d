import Link from "next/link";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { adminPaths } from "@/lib/admin/paths";
import { PageHeader } from "@/components/PageHeader";
import { sv } from "@/lib/i18n/sv";

export default async function AdminHome() {
  const user = await requireUser(adminPaths.home());
  if (user.memberships.length === 1) redirect(adminPaths.municipality(user.memberships[0]!.municipalitySlug));
  return (
    <>
      <PageHeader title={sv.admin.title} lead={user.memberships.length === 0 ? sv.admin.noMemberships : sv.admin.chooseMunicipality} />
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
    </>
  );
}
