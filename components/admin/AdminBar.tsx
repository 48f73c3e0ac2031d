import type { SessionUser } from "@/lib/auth/types";
import { adminPaths } from "@/lib/admin-paths";
import { Link } from "@/lib/i18n/navigation";
import { useT } from "@/lib/i18n/use-t";
import { SignOutButton } from "./SignOutButton";

/** Below the site header in the admin area: who is signed in, their municipalities, sign out. */
export function AdminBar({ user }: { user: SessionUser }) {
  const t = useT();
  return (
    <nav aria-label={t("admin.nav")} className="no-print -mt-4 mb-6 flex flex-wrap items-center gap-x-5 gap-y-2 rounded bg-slate-100 px-4 py-2 text-sm">
      <Link href={adminPaths.home()} className="link font-semibold">
        {t("admin.title")}
      </Link>
      {user.memberships.map((m) => (
        <Link key={m.municipalityId} href={adminPaths.municipality(m.municipalitySlug)} className="link">
          {m.municipalityName}
        </Link>
      ))}
      <span className="ml-auto text-slate-700">{t("admin.signedInAsName", { name: user.name })}</span>
      <SignOutButton label={t("auth.signOut")} />
    </nav>
  );
}
