import type { Locale } from "../routing";

/**
 * The error notice's words, apart from the catalogues because the browser gets them on every page
 * (the error boundaries are client components) and without the root layout (app/global-error.tsx);
 * the catalogues merge them in (lib/i18n/catalogues.ts), so this is their only source.
 */
const errorPages = {
  sv: {
    errorPage: {
      siteName: "Strategiportalen",
      unavailable: "Sidan kan inte visas just nu",
      unavailableText: "Något gick fel hos oss, eller så är portalen tillfälligt otillgänglig. Inget du gjorde orsakade det. Försök igen om en liten stund.",
      retry: "Försök igen",
      toStart: "Till startsidan",
    },
  },
  fi: {
    errorPage: {
      siteName: "Strategiportalen",
      unavailable: "Sivua ei voi näyttää juuri nyt",
      unavailableText:
        "Meillä meni jokin vikaan, tai portaali on tilapäisesti poissa käytöstä. Se ei johtunut mistään, mitä teit. Yritä hetken päästä uudelleen.",
      retry: "Yritä uudelleen",
      toStart: "Etusivulle",
    },
  },
  en: {
    errorPage: {
      siteName: "Strategiportalen",
      unavailable: "This page cannot be shown right now",
      unavailableText:
        "Something went wrong on our side, or the portal is temporarily unavailable. Nothing you did caused it. Please try again in a little while.",
      retry: "Try again",
      toStart: "To the start page",
    },
  },
} satisfies Record<Locale, { errorPage: Record<string, string> }>;

export default errorPages;
