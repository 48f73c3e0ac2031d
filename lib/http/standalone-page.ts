import { sv } from "@/lib/i18n/sv";
import { escapeXml } from "@/lib/xml";

/**
 * A page answered outside the app's layout (an unreadable address, a database outage): no scripts, so it
 * reads the same with JavaScript off, and it names nothing internal.
 */
export const standalonePage = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<title>${escapeXml(title)} – ${escapeXml(sv.site.name)}</title>` +
  `<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#0f172a}a{color:#115e59}</style></head>` +
  `<body><main><h1>${escapeXml(title)}</h1><p>${escapeXml(text)}</p>` +
  `<p><a href="/">${escapeXml(sv.pages.toStart)}</a></p></main></body></html>`;
