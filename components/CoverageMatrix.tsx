import { Link } from "@/lib/i18n/navigation";
import { Fragment } from "react";
import { useFormatter, useLocale } from "next-intl";
import { paths } from "@/lib/paths";
import { useT } from "@/lib/i18n/use-t";
import { localized } from "@/lib/i18n/localized";
import { LocalizedField } from "@/components/Localized";
import { toQueryString } from "@/lib/filters/schema";
import type { CoverageRow } from "@/lib/coverage/queries";
import { ScrollTable } from "@/components/ScrollTable";

type Goal = { number: number; title: string; color: string };

const isLinked = (row: CoverageRow) => Object.values(row.counts).some((n) => n > 0);

/**
 * Rows (municipalities, or a document's areas) against the 17 global goals. A cell counts the
 * linked areas, goals and actions and links to the search listing exactly those; an empty cell is a
 * gap. A row, or a whole document, with no links at all has not been linked yet: it says so in one
 * line instead of showing 17 gaps.
 */
export function CoverageMatrix({ rows, goals, rowHeading }: { rows: CoverageRow[]; goals: Goal[]; rowHeading: string }) {
  const t = useT();
  const format = useFormatter();
  if (!rows.some(isLinked)) return <p className="max-w-prose">{t("coverage.nothingLinked")}</p>;
  const totals = goals.map((g) => rows.reduce((sum, r) => sum + (r.counts[g.number] ?? 0), 0));
  const gaps = goals.filter((_, i) => totals[i] === 0);
  const groups = [...new Set(rows.map((r) => r.group))];
  return (
    <>
      <h2>{t("coverage.gaps")}</h2>
      {gaps.length === 0 ? (
        <p>{t("coverage.noGaps")}</p>
      ) : (
        <ul className="list-disc pl-6">
          {gaps.map((g) => (
            <li key={g.number}>
              <Link href={paths.agenda2030Goal(g.number)} className="link">
                {t("words.agenda2030Goal")} {g.number}: <span lang="sv">{g.title}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {rows.some((r) => !isLinked(r)) ? <p className="mt-3 max-w-prose text-slate-700">{t("coverage.gapsAmongLinked")}</p> : null}
      <ScrollTable label={t("coverage.caption")} className="mt-8">
        <table className="border-collapse text-sm">
          <caption className="mb-2 text-left font-semibold">
            <span className="across">{t("coverage.caption")}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col" className="p-2 text-left align-bottom">
                {rowHeading}
              </th>
              {goals.map((g) => (
                <th key={g.number} scope="col" className="p-1 align-bottom">
                  <Link href={paths.agenda2030Goal(g.number)} className="link">
                    <span className="sr-only">{t("words.agenda2030Goal")} </span>
                    {/* The goal's official Swedish name as a tooltip: the portal has no translation of it. */}
                    <span title={g.title} lang="sv">
                      {g.number}
                    </span>
                  </Link>
                  <span aria-hidden="true" className="mt-1 block h-1.5 rounded" style={{ backgroundColor: g.color }} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => {
              const inGroup = rows.filter((r) => r.group === group);
              const groupLinked = inGroup.some(isLinked);
              return (
                <Fragment key={group ?? "rows"}>
                  {group ? (
                    // A document's title: in the page's language where it has a translation.
                    <tr>
                      <th scope="colgroup" colSpan={goals.length + 1} className="bg-slate-50 p-2 text-left">
                        <span className="across">
                          {inGroup[0]?.document ? <LocalizedField record={inGroup[0].document} field="title" note={false} /> : group}
                          {groupLinked ? null : <span className="block font-normal text-slate-700">{t("coverage.documentNotLinked")}</span>}
                        </span>
                      </th>
                    </tr>
                  ) : null}
                  {groupLinked || !group ? inGroup.map((row) => <CoverageRowView key={row.key} row={row} goals={goals} />) : null}
                </Fragment>
              );
            })}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-400 font-semibold">
              <th scope="row" className="p-2 text-left">
                {t("coverage.total")}
              </th>
              {totals.map((total, i) => (
                <td key={goals[i]!.number} className="p-1 text-center">
                  {format.number(total)}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </ScrollTable>
    </>
  );
}

function CoverageRowView({ row, goals }: { row: CoverageRow; goals: Goal[] }) {
  const t = useT();
  const locale = useLocale();
  const area = row.area;
  const label = area ? [area.number, localized(area, "title", locale).text].filter(Boolean).join(". ") : row.label;
  return (
    <tr className="border-t border-slate-200">
      <th scope="row" className="p-2 text-left font-normal">
        <Link href={row.href} className="link">
          {area ? (
            <>
              {area.number ? `${area.number}. ` : null}
              <LocalizedField record={area} field="title" note={false} />
            </>
          ) : (
            row.label
          )}
        </Link>
      </th>
      {isLinked(row) ? (
        goals.map((g) => {
          const count = row.counts[g.number] ?? 0;
          return (
            <td key={g.number} className={`p-1 text-center ${count === 0 ? "bg-slate-100 text-slate-600" : ""}`}>
              {count > 0 ? (
                <Link
                  href={paths.search(toQueryString({ ...row.filters, agenda: g.number }))}
                  className="link"
                  aria-label={t("coverage.cell", { n: count, goal: g.number, row: label })}
                >
                  {count}
                </Link>
              ) : (
                <span title={t("coverage.gap")}>
                  <span aria-hidden="true">–</span>
                  <span className="sr-only">{t("coverage.gap")}</span>
                </span>
              )}
            </td>
          );
        })
      ) : (
        <td colSpan={goals.length} className="p-2 text-slate-700">
          {t("coverage.notLinked")}
        </td>
      )}
    </tr>
  );
}
