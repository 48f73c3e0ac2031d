import Link from "next/link";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

export function SiteFooter() {
  return (
    <footer className="no-print mt-16 border-t border-slate-200 bg-slate-50">
      <nav aria-label={sv.site.footerNav} className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm">
        <Link href={paths.accessibility()} className="link">
          {sv.pages.accessibility}
        </Link>
        <Link href={paths.agenda2030()} className="link">
          {sv.pages.agenda2030}
        </Link>
        <Link href={paths.openData()} className="link">
          {sv.openData.title}
        </Link>
        <span className="text-slate-700">{sv.site.tagline}</span>
      </nav>
    </footer>
  );
}
