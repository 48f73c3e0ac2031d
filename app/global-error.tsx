"use client";

import { sv } from "@/lib/i18n/sv";
import { ErrorNotice } from "@/components/ErrorNotice";
import "./globals.css";

/** When even the root layout failed (and Next.js's prerendered 500 page): a document of its own, in Swedish. */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  return (
    <html lang="sv">
      <body className="flex min-h-screen flex-col">
        <title>{`${sv.pages.unavailable} – ${sv.site.name}`}</title>
        <main id="innehall" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          <ErrorNotice retry={retry} />
        </main>
      </body>
    </html>
  );
}
