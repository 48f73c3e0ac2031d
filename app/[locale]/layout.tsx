import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SiteHeader } from "@/components/SiteHeader";
import { SiteFooter } from "@/components/SiteFooter";
import { localeOrDefault, locales } from "@/lib/i18n/routing";
import { ogLocale } from "@/lib/i18n/alternates";
import { env } from "@/lib/env";
import "../globals.css";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export const generateStaticParams = () => locales.map((locale) => ({ locale }));

export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const locale = localeOrDefault((await params).locale);
  const t = await getTranslations({ locale, namespace: "site" });
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: t("name"), template: `%s – ${t("name")}` },
    description: t("tagline"),
    // Pages without metadata of their own (the start page, the 404) share the site's Open Graph card.
    openGraph: { title: t("name"), description: t("tagline"), url: "/", siteName: t("name"), locale: ogLocale[locale], type: "website" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The document of every page, in the address's language (docs/decisions/130). */
export default async function LocaleLayout({ children, params }: Props) {
  // Only the three languages reach a page (the proxy rewrites the rest to Swedish). A 404 rendered at the
  // root comes here without parameters: it gets the Swedish document, not a second 404 inside the first,
  // which would leave the browser no not-found page to draw (docs/decisions/135).
  const locale = localeOrDefault((await params).locale);
  setRequestLocale(locale);
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* Public pages' client components need only the error notice's words: the rest stays on the server. */}
        <NextIntlClientProvider messages={{ errorPage: messages.errorPage }}>
          <SiteHeader />
          <main id="innehall" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
