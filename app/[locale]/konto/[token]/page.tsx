import type { Metadata } from "next";
import Link from "next/link";
import { toRawValues } from "@/lib/admin/fields";
import { emailLinkPurpose } from "@/lib/users/email-links";
import { emailLinkFields } from "@/lib/users/form";
import { paths } from "@/lib/paths";
import { routeParams } from "@/lib/route-params";
import { sv } from "@/lib/i18n/sv";
import { PageHeader } from "@/components/PageHeader";
import { RecordForm } from "@/components/admin/RecordForm";
import { choosePassword } from "./actions";

export const metadata: Metadata = { title: sv.account.setTitle, robots: { index: false } };
// NOTE: the link is checked when the page is asked for and again when the form is posted; it is used up only by the post.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ token: string }> };

/** The page a link sent by e-mail opens: choose a password (an invitation's first, or a new one). */
export default async function EmailLinkPage({ params }: Props) {
  const { token } = await routeParams(params);
  const purpose = await emailLinkPurpose(token);
  if (!purpose) {
    return (
      <>
        <PageHeader title={sv.account.linkInvalidTitle} lead={sv.account.linkInvalid} />
        <p>
          <Link href={paths.forgotPassword()} className="link">
            {sv.account.askAgain}
          </Link>
        </p>
      </>
    );
  }
  return (
    <>
      <PageHeader title={sv.account.setTitle} lead={purpose === "invitation" ? sv.account.setLeadInvitation : sv.account.setLeadReset} />
      <div className="max-w-md">
        <RecordForm action={choosePassword} fields={emailLinkFields} initial={toRawValues(emailLinkFields, { token })} submitLabel={sv.account.submit} />
      </div>
    </>
  );
}
