"use client";

import { useTranslations } from "next-intl";
import { paths } from "@/lib/paths";
import { Link } from "@/lib/i18n/navigation";

/**
 * The 404 page in the address's language. A client component: it takes its words and language from the
 * layout's provider (lib/i18n/messages/error-pages.ts). On the server, a 404 of a cached route renders
 * without the route's parameters, and next-intl's own lookup of the language would read request headers,
 * which Next.js refuses there (docs/decisions/130). Its title is an element for the same reason.
 */
export default function NotFound() {
  const t = useTranslations("errorPage");
  return (
    <div className="max-w-prose">
      <title>{`${t("notFound")} – ${t("siteName")}`}</title>
      <h1 className="text-3xl font-bold">{t("notFound")}</h1>
      <p className="mt-4">{t("notFoundText")}</p>
      <ul className="mt-4 list-disc pl-6">
        <li>
          <Link href={paths.home()} className="link">
            {t("notFoundHome")}
          </Link>
        </li>
        <li>
          <Link href={paths.agenda2030()} className="link">
            {t("agenda2030")}
          </Link>
        </li>
      </ul>
    </div>
  );
}
