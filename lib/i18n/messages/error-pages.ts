import type { Locale } from "../routing";

/**
 * The error and 404 pages' words, apart from the catalogues because the browser gets them on every page
 * (the error boundaries and the 404 page are client components, which render without the request's
 * language lookup that fails in a 404 of a cached route) and without the root layout (app/global-error.tsx);
 * the catalogues merge them in (lib/i18n/catalogues.ts), so this is their only source.
 */
const errorPages = {
  sv: {
    errorPage: {
      siteName: "Strategiportalen",
      notFound: "Sidan finns inte",
      notFoundText: "Sidan du söker finns inte, eller har flyttats. Kontrollera adressen eller gå vidare härifrån:",
      notFoundHome: "Startsida: Kommuner",
      agenda2030: "Agenda 2030",
      unavailable: "Sidan kan inte visas just nu",
      unavailableText: "Något gick fel hos oss, eller så är portalen tillfälligt otillgänglig. Inget du gjorde orsakade det. Försök igen om en liten stund.",
      retry: "Försök igen",
      toStart: "Till startsidan",
    },
  },
  fi: {
    errorPage: {
      siteName: "Strategiportalen",
      notFound: "Sivua ei ole",
      notFoundText: "Etsimääsi sivua ei ole, tai se on siirretty. Tarkista osoite tai jatka tästä:",
      notFoundHome: "Etusivu: Kunnat",
      agenda2030: "Agenda 2030",
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
      notFound: "Page not found",
      notFoundText: "The page you are looking for does not exist, or has moved. Check the address or continue from here:",
      notFoundHome: "Home page: Municipalities",
      agenda2030: "Agenda 2030",
      unavailable: "This page cannot be shown right now",
      unavailableText:
        "Something went wrong on our side, or the portal is temporarily unavailable. Nothing you did caused it. Please try again in a little while.",
      retry: "Try again",
      toStart: "To the start page",
    },
  },
} satisfies Record<Locale, { errorPage: Record<string, string> }>;

export default errorPages;
