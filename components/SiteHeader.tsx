import Link from "next/link";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

export function SiteHeader() {
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a href="#innehall" className="skip-link">
        {sv.site.skipToContent}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
        <Link href={paths.home()} className="text-xl font-bold text-teal-900 no-underline hover:underline">
          {sv.site.name}
        </Link>
        <nav aria-label={sv.site.mainNav}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            <li>
              <Link href={paths.home()} className="link">
                {sv.pages.municipalities}
              </Link>
            </li>
            <li>
              <Link href={paths.agenda2030()} className="link">
                {sv.pages.agenda2030}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
