import { redirect } from "next/navigation";
import { getUser } from "@/lib/auth/session";
import { oidcEnabled } from "@/lib/auth/options";
import { safeReturnPath } from "@/lib/auth/return-path";
import { env } from "@/lib/env";
import { paths } from "@/lib/paths";
import { getLocale } from "next-intl/server";
import { getT } from "@/lib/i18n/server";
import { localePath, splitLocale, type Locale } from "@/lib/i18n/routing";
import { Link } from "@/lib/i18n/navigation";
import { titled } from "@/lib/admin/metadata";
import { PageHeader } from "@/components/PageHeader";
import { SignInForm } from "@/components/admin/SignInForm";

export const generateMetadata = titled("auth.title", { robots: { index: false } });

type Props = { searchParams: Promise<{ tillbaka?: string | string[]; error?: string | string[]; losenord?: string | string[] }> };

/** next-auth's error code from the address (the form names any code it does not know as a refused sign-in). */
const errorCode = (code: string | string[] | undefined) => (code === undefined ? null : typeof code === "string" ? code : "invalid");

/** Where to go after signing in, in the language of this page unless the address names one. */
function returnPath(tillbaka: string | string[] | undefined, locale: Locale) {
  const path = safeReturnPath(tillbaka, env.SITE_URL);
  return splitLocale(path).prefixed ? path : localePath(locale, path);
}

export default async function SignInPage({ searchParams }: Props) {
  const t = await getT();
  const { tillbaka, error, losenord } = await searchParams;
  const returnTo = returnPath(tillbaka, (await getLocale()) as Locale);
  if (await getUser()) redirect(returnTo);
  return (
    <>
      <PageHeader title={t("auth.title")} lead={t("auth.lead")} />
      {losenord === "sparat" ? (
        <p role="status" className="notice-success max-w-md">
          {t("auth.passwordSaved")}
        </p>
      ) : null}
      <SignInForm returnTo={returnTo} oidcName={oidcEnabled() ? env.OIDC_NAME : null} initialError={errorCode(error)} />
      <p className="mt-6">
        <Link href={paths.forgotPassword()} className="link">
          {t("auth.forgotLink")}
        </Link>
      </p>
    </>
  );
}
