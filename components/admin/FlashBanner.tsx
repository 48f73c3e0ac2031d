"use client";

import { useEffect, useState } from "react";
import { FLASH_COOKIE, flashMessages, isFlashKey, type FlashKey } from "@/lib/admin/flash";

/** The message a server action left for this page (lib/admin/flash.ts), said once in a status region. */
export function FlashBanner() {
  const [key, setKey] = useState<FlashKey | null>(null);
  useEffect(() => {
    const value = document.cookie
      .split("; ")
      .find((c) => c.startsWith(`${FLASH_COOKIE}=`))
      ?.slice(FLASH_COOKIE.length + 1);
    if (!value) return;
    document.cookie = `${FLASH_COOKIE}=; path=/admin; max-age=0; samesite=lax`;
    // Filled after the first paint, so screen readers announce the status region's new text.
    if (isFlashKey(value)) setKey(value);
  }, []);
  return (
    // The live region is there from the start; the message with role=status appears in it (as RecordForm's does).
    <div aria-live="polite">
      {key ? (
        <p role="status" className="notice-success mb-6 font-semibold">
          {flashMessages[key]}
        </p>
      ) : null}
    </div>
  );
}
