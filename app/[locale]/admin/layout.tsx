import type { Metadata } from "next";
import type { ReactNode } from "react";
import { getUser } from "@/lib/auth/session";
import { AdminBar } from "@/components/admin/AdminBar";
import { sv } from "@/lib/i18n/sv";

export const metadata: Metadata = { title: { default: sv.admin.title, template: `%s – ${sv.admin.title}` }, robots: { index: false, follow: false } };

// NOTE: the bar is chrome only; every admin page and server action checks the session itself.
export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await getUser();
  return (
    <>
      {user ? <AdminBar user={user} /> : null}
      {children}
    </>
  );
}
