"use client";

import { sv } from "@/lib/i18n/sv";
import { paths } from "@/lib/paths";

/**
 * What a resident sees instead of Next.js's English error page. Never the error itself: its message
 * may name servers or queries (docs/decisions/062).
 */
export function ErrorNotice({ retry }: { retry?: () => void }) {
  return (
    <div className="max-w-prose">
      <h1 className="text-3xl font-bold">{sv.pages.unavailable}</h1>
      <p className="mt-4">{sv.pages.unavailableText}</p>
      <p className="mt-6 flex flex-wrap items-center gap-x-6 gap-y-3">
        {retry ? (
          <button type="button" className="btn btn-primary" onClick={() => retry()}>
            {sv.pages.retry}
          </button>
        ) : null}
        {/* A plain link: a full page load, in case the client-side router is what failed. */}
        <a href={paths.home()} className="link">
          {sv.pages.toStart}
        </a>
      </p>
    </div>
  );
}
