import Link from "next/link";
import type { AuditFilter } from "@/lib/audit-log/queries";
import { sv } from "@/lib/i18n/sv";
import { FilterSelect, type FilterOption } from "@/components/FilterSelect";

const t = sv.auditLog;

type Choices = { people: FilterOption[]; actions: FilterOption[]; entityTypes: FilterOption[] };

/** The audit log's filter: a plain GET form, so it works without JavaScript and the address can be shared. */
export function AuditLogFilters({ action, filter, choices }: { action: string; filter: AuditFilter; choices: Choices }) {
  return (
    <form action={action} method="get" aria-label={t.filters} className="mb-6">
      <fieldset className="rounded-lg border border-slate-200 p-4">
        <legend className="px-1 font-semibold">{t.filters}</legend>
        <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          <FilterSelect name="person" label={t.person} any={t.any} options={choices.people} value={filter.person} />
          <FilterSelect name="handelse" label={t.action} any={t.any} options={choices.actions} value={filter.action} />
          <FilterSelect name="typ" label={t.entityType} any={t.any} options={choices.entityTypes} value={filter.entityType} />
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-fran" className="text-sm font-semibold">
              {t.from}
            </label>
            <input id="filter-fran" type="date" name="fran" defaultValue={filter.from ?? ""} className="input" />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="filter-till" className="text-sm font-semibold">
              {t.to}
            </label>
            <input id="filter-till" type="date" name="till" defaultValue={filter.to ?? ""} className="input" />
          </div>
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-x-6 gap-y-2">
          <button type="submit" className="btn btn-primary">
            {t.apply}
          </button>
          <Link href={action} className="link">
            {t.clear}
          </Link>
        </div>
      </fieldset>
    </form>
  );
}
