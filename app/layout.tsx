import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "@/components/SiteHeader";
import { SiteFooter } from "@/components/SiteFooter";
import { sv } from "@/lib/i18n/sv";
import { env } from "@/lib/env";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: sv.site.name, template: `%s – ${sv.site.name}` },
  description: sv.site.tagline,
  // Pages without metadata of their own (the start page, the 404) share the site's Open Graph card.
  openGraph: { title: sv.site.name, description: sv.site.tagline, url: "/", siteName: sv.site.name, locale: "sv_SE", type: "website" },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="sv">
      <body className="flex min-h-screen flex-col">
        <SiteHeader />
        <main id="innehall" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
