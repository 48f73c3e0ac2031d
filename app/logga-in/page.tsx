import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getUser } from "@/lib/auth/session";
import { oidcEnabled } from "@/lib/auth/options";
import { safeReturnPath } from "@/lib/auth/return-path";
import { env } from "@/lib/env";
import { sv } from "@/lib/i18n/sv";
import { PageHeader } from "@/components/PageHeader";
import { SignInForm } from "@/components/admin/SignInForm";

export const metadata: Metadata = { title: sv.auth.title, robots: { index: false } };

type Props = { searchParams: Promise<{ tillbaka?: string | string[]; error?: string | string[] }> };

/** next-auth's error code from the address, as a key of the messages (never `constructor` or `__proto__`). */
const knownError = (code: string | string[] | undefined) =>
  code === undefined ? null : typeof code === "string" && Object.hasOwn(sv.auth.errors, code) ? code : "invalid";

export default async function SignInPage({ searchParams }: Props) {
  const { tillbaka, error } = await searchParams;
  const returnTo = safeReturnPath(tillbaka, env.SITE_URL);
  if (await getUser()) redirect(returnTo);
  return (
    <>
      <PageHeader title={sv.auth.title} lead={sv.auth.lead} />
      <SignInForm
        returnTo={returnTo}
        oidcName={oidcEnabled() ? env.OIDC_NAME : null}
        messages={sv.auth.errors}
        initialError={knownError(error)}
        codeLabels={{ label: sv.auth.code, hint: sv.auth.codeHint }}
      />
    </>
  );
}
