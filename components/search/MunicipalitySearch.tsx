import { useLocale } from "next-intl";
import { getPathname } from "@/lib/i18n/navigation";
import { useT } from "@/lib/i18n/use-t";
import { paths } from "@/lib/paths";
import { MAX_QUERY_LENGTH } from "@/lib/search/tsquery";

/**
 * A search that starts in one municipality, at the end of each of its pages (app/(public)/[municipality]/layout.tsx):
 * the results page opens with it chosen, and the reader can widen it there.
 */
export function MunicipalitySearch({ slug, name }: { slug: string; name: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <form
      role="search"
      aria-label={t("standing.searchHeading", { municipality: name })}
      action={getPathname({ href: paths.search(), locale })}
      method="get"
      className="no-print mt-10 mb-6 max-w-xl"
    >
      <label htmlFor="sok-kommun" className="font-semibold">
        {t("standing.searchLabel", { municipality: name })}
      </label>
      <input type="hidden" name="kommun" value={slug} />
      <div className="mt-1 flex gap-2">
        <input id="sok-kommun" type="search" name="q" maxLength={MAX_QUERY_LENGTH} className="input min-w-0 flex-1" />
        <button type="submit" className="btn btn-primary">
          {t("search.submit")}
        </button>
      </div>
    </form>
  );
}
