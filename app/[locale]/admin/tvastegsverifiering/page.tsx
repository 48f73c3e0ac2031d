import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getUser } from "@/lib/auth/session";
import { pendingTotpSecret } from "@/lib/auth/two-factor";
import { qrCodeSvg, totpUri } from "@/lib/auth/totp";
import { adminPaths } from "@/lib/admin-paths";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { PageHeader } from "@/components/PageHeader";
import { TotpEnrolForm } from "@/components/admin/TotpEnrolForm";
import { enableTotp } from "./actions";

const t = sv.admin.twoFactor;
export const metadata: Metadata = { title: t.title };

// NOTE: not requireUser(): this is where requireUser sends those who must enrol first.
export default async function TwoFactorPage() {
  const user = await getUser();
  if (!user) redirect(`${paths.signIn()}?${new URLSearchParams({ tillbaka: adminPaths.twoFactor() })}`);
  const secret = await pendingTotpSecret(user.id);
  return (
    <>
      <PageHeader title={t.title} lead={t.lead} />
      {user.mustEnrolTotp ? <p className="notice-error">{t.required}</p> : null}
      {secret ? (
        <section className="max-w-prose space-y-4">
          <p>{t.scan}</p>
          {/* The SVG is generated on the server by the qrcode package from our own otpauth:// address. */}
          <div className="w-56 bg-white" role="img" aria-label={t.title} dangerouslySetInnerHTML={{ __html: await qrCodeSvg(totpUri(user.email, secret)) }} />
          <p>
            {t.secret}: <code data-testid="totp-secret">{secret}</code>
          </p>
          <TotpEnrolForm action={enableTotp} labels={t} continueHref={adminPaths.home()} />
        </section>
      ) : (
        <p className="notice-success">{t.enabled}</p>
      )}
    </>
  );
}
