import Link from "next/link";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { MAX_QUERY_LENGTH } from "@/lib/search/tsquery";

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
        <form role="search" aria-label={sv.search.headerForm} action={paths.search()} method="get" className="flex w-full min-w-0 gap-2 sm:w-auto">
          <label htmlFor="sok-sidhuvud" className="sr-only">
            {sv.search.label}
          </label>
          <input id="sok-sidhuvud" type="search" name="q" maxLength={MAX_QUERY_LENGTH} className="input min-w-0 flex-1 py-1 sm:w-56" />
          <button type="submit" className="btn btn-primary py-1">
            {sv.search.submit}
          </button>
        </form>
      </div>
    </header>
  );
}
