import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { useT } from "@/lib/i18n/use-t";
import type { Crumb } from "@/lib/paths";

export type { Crumb };

/** The trail ends with the current page, which is not a link. */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: ReactNode }) {
  const t = useT();
  return (
    <nav aria-label={t("site.breadcrumbs")} className="no-print mb-6 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {[{ href: "/", label: t("site.home") }, ...trail].map((crumb) => (
          <li key={crumb.href} className="flex items-center gap-2">
            <Link href={crumb.href} className="link" lang={crumb.lang}>
              {crumb.label}
            </Link>
            <span aria-hidden="true" className="text-slate-500">
              ›
            </span>
          </li>
        ))}
        <li aria-current="page" className="text-slate-700">
          {current}
        </li>
      </ol>
    </nav>
  );
}
