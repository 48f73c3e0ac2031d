import { toRawValues } from "@/lib/admin/fields";
import { emailLinkPurpose } from "@/lib/users/email-links";
import { emailLinkFields } from "@/lib/users/form";
import { paths } from "@/lib/paths";
import { routeParams } from "@/lib/route-params";
import { getT } from "@/lib/i18n/server";
import { Link } from "@/lib/i18n/navigation";
import { titled } from "@/lib/admin/metadata";
import { PageHeader } from "@/components/PageHeader";
import { RecordForm } from "@/components/admin/RecordForm";
import { choosePassword } from "./actions";

export const generateMetadata = titled("account.setTitle", { robots: { index: false } });
// NOTE: the link is checked when the page is asked for and again when the form is posted; it is used up only by the post.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/** The page a link sent by e-mail opens: choose a password (an invitation's first, or a new one). */
export default async function EmailLinkPage({ params }: Props) {
  const t = await getT();
  const { token } = await routeParams(params);
  const purpose = await emailLinkPurpose(token);
  if (!purpose) {
    return (
      <>
        <PageHeader title={t("account.linkInvalidTitle")} lead={t("account.linkInvalid")} />
        <p>
          <Link href={paths.forgotPassword()} className="link">
            {t("account.askAgain")}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t("account.setTitle")} lead={purpose === "invitation" ? t("account.setLeadInvitation") : t("account.setLeadReset")} />
      <div className="max-w-md">
        <RecordForm action={choosePassword} fields={emailLinkFields} initial={toRawValues(emailLinkFields, { token })} submitLabel={t("account.submit")} />
      </div>
    </>
  );
}
