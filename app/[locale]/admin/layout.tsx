import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { AdminBar } from "@/components/admin/AdminBar";
import { AdminMessages } from "@/components/admin/AdminMessages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getT();
  return { title: { default: t("admin.title"), template: `%s – ${t("admin.title")}` }, robots: { index: false, follow: false } };
}

// NOTE: the bar is chrome only; every admin page and server action checks the session itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getUser();
  return (
    <AdminMessages>
      {user ? <AdminBar user={user} /> : null}
      {children}
    </AdminMessages>
  );
}
