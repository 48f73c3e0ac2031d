"use client";

import { signOut } from "next-auth/react";
import { useLocale } from "next-intl";
import { localePath, type Locale } from "@/lib/i18n/routing";

/** Signs out to the start page in the admin's language. */
export function SignOutButton({ label }: { label: string }) {
  const locale = useLocale() as Locale;
  return (
    <button type="button" className="link" onClick={() => void signOut({ callbackUrl: localePath(locale, "/") })}>
      {label}
    </button>
  );
}
