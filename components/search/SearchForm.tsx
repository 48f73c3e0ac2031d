import { useLocale } from "next-intl";
import { getPathname } from "@/lib/i18n/navigation";
import { useT } from "@/lib/i18n/use-t";
import { paths } from "@/lib/paths";
import { actionStatuses } from "@/lib/filters/schema";
import { kindSlugs, searchFilters, type SearchParams } from "@/lib/search/schema";
import { MAX_QUERY_LENGTH } from "@/lib/search/tsquery";
import type { SearchOptions } from "@/lib/search/options";
import { FilterSelect as Select } from "@/components/FilterSelect";
import { LiveSearch } from "./LiveSearch";

const FORM_ID = "sokformular";

/** The search page's form: a plain GET form that works without JavaScript, updated live with it. */
export function SearchForm({ values, options }: { values: SearchParams; options: SearchOptions }) {
  const t = useT();
  const locale = useLocale();
  const chosen = searchFilters.filter((f) => values[f] !== undefined).length;
  const statuses = actionStatuses.map((s) => ({ value: s, label: t(`followUp.actionStatus.${s}`) }));
  return (
    <>
      <form
        id={FORM_ID}
        role="search"
        aria-label={t("search.pageForm")}
        action={getPathname({ href: paths.search(), locale })}
        method="get"
        className="mb-8 space-y-4"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="sok-fraga" className="font-semibold">
            {t("search.queryLabel")}
          </label>
          <div className="flex flex-wrap gap-2">
            <input
              id="sok-fraga"
              type="search"
              name="q"
              defaultValue={values.q ?? ""}
              maxLength={MAX_QUERY_LENGTH}
              autoComplete="off"
              className="input min-w-0 flex-1 basis-48"
            />
            <button type="submit" className="btn btn-primary">
              {t("search.submit")}
            </button>
          </div>
        </div>
        {/* On a phone the filters wait behind a button so the results start on the first screen; wider screens show them open (globals.css). */}
        <details className="search-filters" open={chosen > 0 ? true : undefined}>
          <summary className="btn btn-secondary cursor-pointer">{t("search.showFilters", { chosen })}</summary>
          <fieldset className="mt-3 rounded-lg border border-slate-200 p-4 sm:mt-0">
            <legend className="px-1 font-semibold">{t("search.filters")}</legend>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              <Select name="kommun" label={t("search.municipality")} any={t("search.anyMunicipality")} options={options.municipalities} value={values.kommun} />
              {options.documents.length > 0 ? (
                <Select name="dokument" label={t("search.document")} any={t("search.anyDocument")} options={options.documents} value={values.dokument} />
              ) : null}
              {options.areas.length > 0 ? (
                <Select name="omrade" label={t("search.area")} any={t("search.anyArea")} options={options.areas} value={values.omrade} />
              ) : null}
              <Select name="status" label={t("search.status")} any={t("search.anyStatus")} options={statuses} value={values.status} />
              <Select name="agenda" label={t("search.agenda2030")} any={t("search.anyAgendaGoal")} options={options.agendaGoals} value={values.agenda} />
            </div>
            <p className="mt-3 text-sm text-slate-700">{t("search.filterScope")}</p>
            <button type="submit" className="btn btn-primary mt-3">
              {t("search.apply")}
            </button>
          </fieldset>
        </details>
        {values.typ ? <input type="hidden" name="typ" value={kindSlugs[values.typ]} /> : null}
      </form>
      <LiveSearch formId={FORM_ID} />
    </>
  );
}
