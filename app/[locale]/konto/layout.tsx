import type { ReactNode } from "react";
import { AdminMessages } from "@/components/admin/AdminMessages";

/** Its forms are the admin's (components/admin/RecordForm), with the admin's words in the browser. */
export default function Layout({ children }: { children: ReactNode }) {
  return <AdminMessages>{children}</AdminMessages>;
}
