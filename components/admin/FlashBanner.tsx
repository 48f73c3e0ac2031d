"use client";

import { useEffect, useState } from "react";
import { useLocale } from "next-intl";
import { FLASH_COOKIE, flashMessages, type FlashKey } from "@/lib/admin/flash";
import { localePath, type Locale } from "@/lib/i18n/routing";
import { useT } from "@/lib/i18n/use-t";

/** The message a server action left for this page (lib/admin/flash.ts), said once in a status region, then cleared. */
export function FlashBanner({ flash }: { flash: FlashKey | null }) {
  const t = useT();
  // The cookie was set for the admin area in this language (lib/admin/run-form.ts).
  const path = localePath(useLocale() as Locale, "/admin");
  const [shown, setShown] = useState<FlashKey | null>(null);
  useEffect(() => {
    if (!flash) return;
    document.cookie = `${FLASH_COOKIE}=; path=${path}; max-age=0; samesite=lax`;
    // Filled after the first paint, so screen readers announce the live region's new text.
    setShown(flash);
  }, [flash, path]);
  return (
    <div aria-live="polite">
      {shown ? (
        <p role="status" className="notice-success mb-6 font-semibold">
          {t(flashMessages[shown])}
        </p>
      ) : null}
    </div>
  );
}
