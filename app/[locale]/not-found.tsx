import type { Metadata } from "next";
import { paths } from "@/lib/paths";
import { Link } from "@/lib/i18n/navigation";
import { getT } from "@/lib/i18n/server";
import { useT } from "@/lib/i18n/use-t";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getT())("pages.notFound") };
}

export default function NotFound() {
  const t = useT();
  return (
    <div className="max-w-prose">
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
