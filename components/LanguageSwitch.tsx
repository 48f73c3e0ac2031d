"use client";

import { getPathname, usePathname } from "@/lib/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/routing";

type Props = { current: Locale; label: string; names: Record<Locale, string> };

/**
 * The same page in the other languages. A client component only because a shared layout does not know
 * the page's address on the server; the links are rendered there all the same. Plain links to each
 * language's own address (Swedish unprefixed): another language is another document (its root layout,
 * its `<html lang>`), and next-intl's Link would point Swedish at `/sv/…`, whose redirect the client
 * router's background fetch cannot follow.
 */
export function LanguageSwitch({ current, label, names }: Props) {
  const pathname = usePathname();
  return (
    <nav aria-label={label}>
      <ul className="flex gap-x-4 text-sm">
        {locales.map((l) => (
          <li key={l}>
            {l === current ? (
              <span lang={l} aria-current="true" className="font-semibold">
                {names[l]}
              </span>
            ) : (
              <a href={getPathname({ href: pathname, locale: l })} lang={l} hrefLang={l} className="link">
                {names[l]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
