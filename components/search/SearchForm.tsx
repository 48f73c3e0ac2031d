import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { actionStatuses } from "@/lib/filters/schema";
import { kindSlugs, searchFilters, type SearchParams } from "@/lib/search/schema";
import { MAX_QUERY_LENGTH } from "@/lib/search/tsquery";
import type { SearchOptions } from "@/lib/search/options";
import { FilterSelect as Select } from "@/components/FilterSelect";
import { LiveSearch } from "./LiveSearch";

const FORM_ID = "sokformular";

/** The search page's form: a plain GET form that works without JavaScript, updated live with it. */
export function SearchForm({ values, options }: { values: SearchParams; options: SearchOptions }) {
  const chosen = searchFilters.filter((f) => values[f] !== undefined).length;
  const statuses = actionStatuses.map((s) => ({ value: s, label: sv.followUp.actionStatus[s] }));
  return (
    <>
      <form id={FORM_ID} role="search" aria-label={sv.search.pageForm} action={paths.search()} method="get" className="mb-8 space-y-4">
        <div className="flex flex-col gap-1">
          <label htmlFor="sok-fraga" className="font-semibold">
            {sv.search.queryLabel}
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
              {sv.search.submit}
            </button>
          </div>
        </div>
        {/* On a phone the filters wait behind a button so the results start on the first screen; wider screens show them open (globals.css). */}
        <details className="search-filters" open={chosen > 0 ? true : undefined}>
          <summary className="btn btn-secondary cursor-pointer">{sv.search.showFilters(chosen)}</summary>
          <fieldset className="mt-3 rounded-lg border border-slate-200 p-4 sm:mt-0">
            <legend className="px-1 font-semibold">{sv.search.filters}</legend>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              <Select name="kommun" label={sv.search.municipality} any={sv.search.anyMunicipality} options={options.municipalities} value={values.kommun} />
              {options.documents.length > 0 ? (
                <Select name="dokument" label={sv.search.document} any={sv.search.anyDocument} options={options.documents} value={values.dokument} />
              ) : null}
              {options.areas.length > 0 ? (
                <Select name="omrade" label={sv.search.area} any={sv.search.anyArea} options={options.areas} value={values.omrade} />
              ) : null}
              <Select name="status" label={sv.search.status} any={sv.search.anyStatus} options={statuses} value={values.status} />
              <Select name="agenda" label={sv.search.agenda2030} any={sv.search.anyAgendaGoal} options={options.agendaGoals} value={values.agenda} />
            </div>
            <p className="mt-3 text-sm text-slate-700">{sv.search.filterScope}</p>
            <button type="submit" className="btn btn-primary mt-3">
              {sv.search.apply}
            </button>
          </fieldset>
        </details>
        {values.typ ? <input type="hidden" name="typ" value={kindSlugs[values.typ]} /> : null}
      </form>
      <LiveSearch formId={FORM_ID} />
    </>
  );
}
