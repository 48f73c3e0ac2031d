import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getUser } from "@/lib/auth/session";
import { oidcEnabled } from "@/lib/auth/options";
import { safeReturnPath } from "@/lib/auth/return-path";
import { env } from "@/lib/env";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { PageHeader } from "@/components/PageHeader";
import { SignInForm } from "@/components/admin/SignInForm";

export const metadata: Metadata = { title: sv.auth.title, robots: { index: false } };

type Props = { searchParams: Promise<{ tillbaka?: string | string[]; error?: string | string[]; losenord?: string | string[] }> };

/** next-auth's error code from the address, as a key of the messages (never `constructor` or `__proto__`). */
const knownError = (code: string | string[] | undefined) =>
  code === undefined ? null : typeof code === "string" && Object.hasOwn(sv.auth.errors, code) ? code : "invalid";

export default async function SignInPage({ searchParams }: Props) {
  const { tillbaka, error, losenord } = await searchParams;
  const returnTo = safeReturnPath(tillbaka, env.SITE_URL);
  if (await getUser()) redirect(returnTo);
  return (
    <>
      <PageHeader title={sv.auth.title} lead={sv.auth.lead} />
      {losenord === "sparat" ? (
        <p role="status" className="notice-success max-w-md">
          {sv.auth.passwordSaved}
        </p>
      ) : null}
      <SignInForm
        returnTo={returnTo}
        oidcName={oidcEnabled() ? env.OIDC_NAME : null}
        messages={sv.auth.errors}
        initialError={knownError(error)}
        codeLabels={{ label: sv.auth.code, hint: sv.auth.codeHint }}
      />
      <p className="mt-6">
        <Link href={paths.forgotPassword()} className="link">
          {sv.auth.forgotLink}
        </Link>
      </p>
    </>
  );
}
