import { getT } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { paths } from "@/lib/paths";

export async function SiteFooter() {
  const t = await getT();
  return (
    <footer className="no-print mt-16 border-t border-slate-200 bg-slate-50">
      <nav aria-label={t("site.footerNav")} className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-2 px-4 py-6 text-sm">
        <Link href={paths.accessibility()} className="link">
          {t("pages.accessibility")}
        </Link>
        <Link href={paths.agenda2030()} className="link">
          {t("pages.agenda2030")}
        </Link>
        <Link href={paths.openData()} className="link">
          {t("openData.title")}
        </Link>
        <span className="text-slate-700">{t("site.tagline")}</span>
      </nav>
    </footer>
  );
}
