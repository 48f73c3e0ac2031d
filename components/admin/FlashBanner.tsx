"use client";

import { useEffect, useState } from "react";
import { FLASH_COOKIE, flashMessages, type FlashKey } from "@/lib/admin/flash";

/** The message a server action left for this page (lib/admin/flash.ts), said once in a status region, then cleared. */
export function FlashBanner({ flash }: { flash: FlashKey | null }) {
  const [shown, setShown] = useState<FlashKey | null>(null);
  useEffect(() => {
    if (!flash) return;
    document.cookie = `${FLASH_COOKIE}=; path=/admin; max-age=0; samesite=lax`;
    // Filled after the first paint, so screen readers announce the live region's new text.
    setShown(flash);
  }, [flash]);
  return (
    <div aria-live="polite">
      {shown ? (
        <p role="status" className="notice-success mb-6 font-semibold">
          {flashMessages[shown]}
        </p>
      ) : null}
    </div>
  );
}
