import { Link } from "@/lib/i18n/navigation";
import { useT } from "@/lib/i18n/use-t";

/** Previous / next links and "Sida 2 av 5"; `hrefFor` builds the address of another page. */
export function Pagination({ page, pages, hrefFor }: { page: number; pages: number; hrefFor: (page: number) => string }) {
  const t = useT();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("search.pageNav")} className="mt-8 flex flex-wrap items-center gap-x-6 gap-y-2">
      {page > 1 ? (
        <Link href={hrefFor(Math.min(page - 1, pages))} className="link" rel="prev">
          {t("search.previous")}
        </Link>
      ) : null}
      <span aria-current="page">{t("search.pageOf", { page, pages })}</span>
      {page < pages ? (
        <Link href={hrefFor(page + 1)} className="link" rel="next">
          {t("search.next")}
        </Link>
      ) : null}
    </nav>
  );
}
