import { paths } from "@/lib/paths";
import { Link } from "@/lib/i18n/navigation";
import { useT } from "@/lib/i18n/use-t";

/**
 * The 404 page in the address's language. Its title is an element, not generateMetadata: a 404's
 * metadata is rendered without the route's parameters, so it could not know its language and next-intl
 * would read request headers, which fails on a cached route (docs/decisions/130). The layout around
 * this has told next-intl the language.
 */
export default function NotFound() {
  const t = useT();
  return (
    <div className="max-w-prose">
      <title>{`${t("pages.notFound")} – ${t("site.name")}`}</title>
      <h1 className="text-3xl font-bold">{t("pages.notFound")}</h1>
      <p className="mt-4">{t("pages.notFoundText")}</p>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <Link href={paths.home()} className="link">
            {t("publicPages.notFoundHome")}
          </Link>
        </li>
        <li>
          <Link href={paths.agenda2030()} className="link">
            {t("pages.agenda2030")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
