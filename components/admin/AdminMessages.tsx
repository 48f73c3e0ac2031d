import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

/**
 * The catalogue's part the admin's client components say (forms, rows, confirmations, conflicts, the
 * sign-in form, the Word import, status names in a conflict) and no more: the rest is translated on the server.
 */
export async function AdminMessages({ children }: { children: ReactNode }) {
  const { admin, auth, errors, documentStatus, followUp, wordImport } = await getMessages();
  return (
    <NextIntlClientProvider messages={{ admin, auth, errors, documentStatus, followUp: { periodStatus: followUp.periodStatus }, wordImport }}>
      {children}
    </NextIntlClientProvider>
  );
}
