import { getLocale } from "next-intl/server";
import { getT } from "@/lib/i18n/server";
import { Link, getPathname } from "@/lib/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/routing";
import { paths } from "@/lib/paths";
import { MAX_QUERY_LENGTH } from "@/lib/search/tsquery";
import { LanguageSwitch } from "./LanguageSwitch";

export async function SiteHeader() {
  const t = await getT();
  const locale = await getLocale();
  const names = Object.fromEntries(locales.map((l) => [l, t(`languages.${l}`)])) as Record<Locale, string>;
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <a href="#innehall" className="skip-link">
        {t("site.skipToContent")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-4">
        <Link href={paths.home()} className="text-xl font-bold text-teal-900 no-underline hover:underline">
          {t("site.name")}
        </Link>
        <nav aria-label={t("site.mainNav")}>
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            <li>
              <Link href={paths.home()} className="link">
                {t("pages.municipalities")}
              </Link>
            </li>
            <li>
              <Link href={paths.agenda2030()} className="link">
                {t("pages.agenda2030")}
              </Link>
            </li>
          </ul>
        </nav>
        <form
          role="search"
          aria-label={t("search.headerForm")}
          action={getPathname({ href: paths.search(), locale })}
          method="get"
          className="flex w-full min-w-0 gap-2 sm:w-auto"
        >
          <label htmlFor="sok-sidhuvud" className="sr-only">
            {t("search.label")}
          </label>
          <input id="sok-sidhuvud" type="search" name="q" maxLength={MAX_QUERY_LENGTH} className="input min-w-0 flex-1 py-1 sm:w-56" />
          <button type="submit" className="btn btn-primary py-1">
            {t("search.submit")}
          </button>
        </form>
        <LanguageSwitch current={locale} label={t("languages.label")} names={names} />
      </div>
    </header>
  );
}
