import type { AuditFilter } from "@/lib/audit-log/queries";
import { useLocale } from "next-intl";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { useT } from "@/lib/i18n/use-t";
import { FilterSelect, type FilterOption } from "@/components/FilterSelect";

type Choices = { people: FilterOption[]; actions: FilterOption[]; entityTypes: FilterOption[] };

/** The audit log's filter: a plain GET form, so it works without JavaScript and the address can be shared. `action`: the page's path without language. */
export function AuditLogFilters({ action, filter, choices }: { action: string; filter: AuditFilter; choices: Choices }) {
  const t = useT();
  const locale = useLocale() as Locale;
  return (
    <form action={getPathname({ href: action, locale })} method="get" aria-label={t("auditLog.filters")} className="mb-6">
      <fieldset className="rounded-lg border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{t("auditLog.filters")}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <FilterSelect name="person" label={t("auditLog.person")} any={t("auditLog.any")} options={choices.people} value={filter.person} />
          <FilterSelect name="handelse" label={t("auditLog.action")} any={t("auditLog.any")} options={choices.actions} value={filter.action} />
          <FilterSelect name="typ" label={t("auditLog.entityType")} any={t("auditLog.any")} options={choices.entityTypes} value={filter.entityType} />
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-fran" className="text-sm font-semibold">
              {t("auditLog.from")}
            </label>
            <input id="filter-fran" type="date" name="fran" defaultValue={filter.from ?? ""} className="input" />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-till" className="text-sm font-semibold">
              {t("auditLog.to")}
            </label>
            <input id="filter-till" type="date" name="till" defaultValue={filter.to ?? ""} className="input" />
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2">
          <button type="submit" className="btn btn-primary">
            {t("auditLog.apply")}
          </button>
          <Link href={action} className="link">
            {t("auditLog.clear")}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
