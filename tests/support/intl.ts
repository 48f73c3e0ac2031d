import { createElement, type ReactElement } from "react";
import { NextIntlClientProvider } from "next-intl";
import { catalogues } from "@/lib/i18n/catalogues";
import { formats, timeZone } from "@/lib/i18n/formats";
import type { Locale } from "@/lib/i18n/routing";

/** A component as a page in this language renders it: components translate with useT (next-intl's context). */
export const inLocale = (locale: Locale, element: ReactElement) =>
  createElement(NextIntlClientProvider, { locale, messages: catalogues[locale], timeZone, formats, children: element });
