import { escapeXml } from "@/lib/xml-escape";
import type { MessageKey } from "@/lib/i18n/message";
import { defaultLocale, locales } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";

/**
 * A page answered outside the app's layout (an unreadable address, a too large upload, a database
 * outage): no scripts, so it reads the same with JavaScript off, and it names nothing internal. Such an
 * answer cannot know the reader's language, so it speaks Swedish first, then the other languages, each
 * marked with its `lang` (only where the catalogue has a translation).
 */
export function standalonePage(title: MessageKey, text: MessageKey): string {
  const sv = translator(defaultLocale);
  const others = locales
    .filter((l) => l !== defaultLocale)
    .map((l) => ({ l, t: translator(l) }))
    .filter(({ t }) => t.has(title) && t.has(text) && t(text) !== sv(text))
    .map(({ l, t }) => `<section lang="${l}"><h2>${escapeXml(t(title))}</h2><p>${escapeXml(t(text))}</p></section>`);
  return (
    `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
    `<title>${escapeXml(sv(title))} – ${escapeXml(sv("site.name"))}</title>` +
    `<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a}a{color:#115e59}h2{font-size:1.1rem}</style></head>` +
    `<body><main><h1>${escapeXml(sv(title))}</h1><p>${escapeXml(sv(text))}</p>${others.join("")}` +
    `<p><a href="/">${escapeXml(sv("errorPage.toStart"))}</a></p></main></body></html>`
  );
}
