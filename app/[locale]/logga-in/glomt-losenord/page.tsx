import type { Metadata } from "next";
import { toRawValues } from "@/lib/admin/fields";
import { resetRequestFields } from "@/lib/users/form";
import { sv } from "@/lib/i18n/sv";
import { PageHeader } from "@/components/PageHeader";
import { RecordForm } from "@/components/admin/RecordForm";
import { askForReset } from "./actions";

export const metadata: Metadata = { title: sv.account.forgotTitle, robots: { index: false } };

export default function ForgotPasswordPage() {
  return (
    <>
      <PageHeader title={sv.account.forgotTitle} lead={sv.account.forgotLead} />
      <div className="max-w-md">
        <RecordForm action={askForReset} fields={resetRequestFields} initial={toRawValues(resetRequestFields, {})} submitLabel={sv.account.forgotSubmit} />
      </div>
    </>
  );
}
