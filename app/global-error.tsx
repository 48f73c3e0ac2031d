"use client";

import { NextIntlClientProvider } from "next-intl";
import { ErrorNotice } from "@/components/ErrorNotice";
import { splitLocale } from "@/lib/i18n/routing";
import errorPages from "@/lib/i18n/messages/error-pages";
import "./globals.css";

/**
 * When even the root layout failed (and Next.js's prerendered 500 page): a document of its own, in the
 * address's language, with the error notice's words only.
 */
export default function GlobalError({ retry }: { error: unknown; retry: () => void }) {
  const locale = typeof window === "undefined" ? "sv" : splitLocale(window.location.pathname).locale;
  const messages = errorPages[locale];
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <title>{`${messages.errorPage.unavailable} – ${messages.errorPage.siteName}`}</title>
        <NextIntlClientProvider locale={locale} messages={messages}>
          <main id="innehall" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            <ErrorNotice retry={retry} />
          </main>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
