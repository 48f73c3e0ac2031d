import { redirect } from "next/navigation";
import { getUser } from "@/lib/auth/session";
import { pendingTotpSecret } from "@/lib/auth/two-factor";
import { qrCodeSvg, totpUri } from "@/lib/auth/totp";
import { adminPaths } from "@/lib/admin-paths";
import { paths } from "@/lib/paths";
import { getT } from "@/lib/i18n/server";
import { getPathname } from "@/lib/i18n/navigation";
import { titled } from "@/lib/admin/metadata";
import type { Locale } from "@/lib/i18n/routing";
import { getLocale } from "next-intl/server";
import { PageHeader } from "@/components/PageHeader";
import { TotpEnrolForm } from "@/components/admin/TotpEnrolForm";
import { enableTotp } from "./actions";

export const generateMetadata = titled("admin.twoFactor.title");

// NOTE: not requireUser(): this is where requireUser sends those who must enrol first.
export default async function TwoFactorPage() {
  const t = await getT();
  const locale = (await getLocale()) as Locale;
  const user = await getUser();
  if (!user)
    redirect(getPathname({ href: `${paths.signIn()}?${new URLSearchParams({ tillbaka: getPathname({ href: adminPaths.twoFactor(), locale }) })}`, locale }));
  const secret = await pendingTotpSecret(user.id);
  return (
    <>
      <PageHeader title={t("admin.twoFactor.title")} lead={t("admin.twoFactor.lead")} />
      {user.mustEnrolTotp ? <p className="notice-error">{t("admin.twoFactor.required")}</p> : null}
      {secret ? (
        <section className="max-w-prose space-y-4">
          <p>{t("admin.twoFactor.scan")}</p>
          {/* The SVG is generated on the server by the qrcode package from our own otpauth:// address. */}
          <div
            className="w-56 bg-white"
            role="img"
            aria-label={t("admin.twoFactor.title")}
            dangerouslySetInnerHTML={{ __html: await qrCodeSvg(totpUri(user.email, secret)) }}
          />
          <p>
            {t("admin.twoFactor.secret")}: <code data-testid="totp-secret">{secret}</code>
          </p>
          <TotpEnrolForm
            action={enableTotp}
            labels={{
              code: t("admin.twoFactor.code"),
              confirm: t("admin.twoFactor.confirm"),
              recoveryTitle: t("admin.twoFactor.recoveryTitle"),
              recoveryLead: t("admin.twoFactor.recoveryLead"),
              continue: t("admin.twoFactor.continue"),
            }}
            continueHref={getPathname({ href: adminPaths.home(), locale })}
          />
        </section>
      ) : (
        <p className="notice-success">{t("admin.twoFactor.enabled")}</p>
      )}
    </>
  );
}
