import { toRawValues } from "@/lib/admin/fields";
import { resetRequestFields } from "@/lib/users/form";
import { getT } from "@/lib/i18n/server";
import { titled } from "@/lib/admin/metadata";
import { PageHeader } from "@/components/PageHeader";
import { RecordForm } from "@/components/admin/RecordForm";
import { askForReset } from "./actions";

export const generateMetadata = titled("account.forgotTitle", { robots: { index: false } });

export default async function ForgotPasswordPage() {
  const t = await getT();
  return (
    <>
      <PageHeader title={t("account.forgotTitle")} lead={t("account.forgotLead")} />
      <div className="max-w-md">
        <RecordForm action={askForReset} fields={resetRequestFields} initial={toRawValues(resetRequestFields, {})} submitLabel={t("account.forgotSubmit")} />
      </div>
    </>
  );
}
