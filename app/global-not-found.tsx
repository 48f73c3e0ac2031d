import type { Metadata } from "next";
import { translator } from "@/lib/i18n/translator";
import "./globals.css";

const t = translator("sv");

export const metadata: Metadata = { title: `${t("errorPage.notFound")} – ${t("site.name")}` };

/**
 * An address Next.js cannot route at all (under /api, or one no segment can take): a document of its own,
 * since the root layout sits under [locale] and has no language to give it. In Swedish, the portal's first
 * language; notFound() inside a page gets app/[locale]/not-found.tsx in the page's language instead.
 */
export default function GlobalNotFound() {
  return (
    <html lang="sv">
      <body className="flex min-h-screen flex-col">
        <main id="innehall" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          <h1 className="text-3xl font-bold">{t("errorPage.notFound")}</h1>
          <p className="mt-4">{t("errorPage.notFoundText")}</p>
          <p className="mt-4">
            <a href="/" className="link">
              {t("errorPage.notFoundHome")}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
