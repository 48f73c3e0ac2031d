"use client";

import { useLocale, useTranslations } from "next-intl";
import { localePath } from "@/lib/i18n/routing";
import { paths } from "@/lib/paths";

/**
 * What a resident sees instead of Next.js's English error page. Never the error itself: its message
 * may name servers or queries (docs/decisions/062). Its words are the only catalogue part public pages
 * send to the browser (app/[locale]/layout.tsx).
 */
export function ErrorNotice({ retry }: { retry?: () => void }) {
  const t = useTranslations("errorPage");
  const locale = useLocale();
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">{t("unavailable")}</h1>
      <p className="mt-4">{t("unavailableText")}</p>
      <p className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
        {retry ? (
          <button type="button" className="btn btn-primary" onClick={() => retry()}>
            {t("retry")}
          </button>
        ) : null}
        {/* A plain link: a full page load, in case the client-side router is what failed. */}
        <a href={localePath(locale, paths.home())} className="link">
          {t("toStart")}
        </a>
      </p>
    </div>
  );
}
