import Link from "next/link";
import { Fragment } from "react";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { toQueryString } from "@/lib/filters/schema";
import type { CoverageRow } from "@/lib/coverage/queries";

type Goal = { number: number; title: string; color: string };

/**
 * Rows (municipalities, or a document's areas) against the 17 global goals. A cell counts the
 * linked areas, goals and actions and links to the search listing exactly those; an empty cell is a gap.
 */
export function CoverageMatrix({ rows, goals, rowHeading }: { rows: CoverageRow[]; goals: Goal[]; rowHeading: string }) {
  const totals = goals.map((g) => rows.reduce((sum, r) => sum + (r.counts[g.number] ?? 0), 0));
  const gaps = goals.filter((_, i) => totals[i] === 0);
  const groups = [...new Set(rows.map((r) => r.group))];
  return (
    <>
      <h2>{sv.coverage.gaps}</h2>
      {gaps.length === 0 ? (
        <p>{sv.coverage.noGaps}</p>
      ) : (
        <ul className="list-disc pl-6">
          {gaps.map((g) => (
            <li key={g.number}>
              <Link href={paths.agenda2030Goal(g.number)} className="link">
                {sv.words.agenda2030Goal} {g.number}: {g.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {/* relative: the visually hidden labels are positioned absolutely and must scroll with the table, not widen the page */}
      <div className="relative mt-8 overflow-x-auto" role="region" aria-label={sv.coverage.caption} tabIndex={0}>
        <table className="border-collapse text-sm">
          <caption className="mb-2 text-left font-semibold">{sv.coverage.caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="p-2 text-left align-bottom">
                {rowHeading}
              </th>
              {goals.map((g) => (
                <th key={g.number} scope="col" className="p-1 align-bottom">
                  <Link href={paths.agenda2030Goal(g.number)} className="link" title={g.title}>
                    <span className="sr-only">{sv.words.agenda2030Goal} </span>
                    {g.number}
                  </Link>
                  <span aria-hidden="true" className="mt-1 block h-1.5 rounded" style={{ backgroundColor: g.color }} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <Fragment key={group ?? "rows"}>
                {group ? (
                  <tr>
                    <th scope="colgroup" colSpan={goals.length + 1} className="bg-slate-50 p-2 text-left">
                      {group}
                    </th>
                  </tr>
                ) : null}
                {rows
                  .filter((r) => r.group === group)
                  .map((row) => (
                    <tr key={row.key} className="border-t border-slate-200">
                      <th scope="row" className="max-w-64 p-2 text-left font-normal">
                        {row.label}
                      </th>
                      {goals.map((g) => {
                        const count = row.counts[g.number] ?? 0;
                        return (
                          <td key={g.number} className={`p-1 text-center ${count === 0 ? "bg-slate-100 text-slate-600" : ""}`}>
                            {count > 0 ? (
                              <Link
                                href={paths.search(toQueryString({ ...row.filters, agenda: g.number }))}
                                className="link"
                                aria-label={sv.coverage.cell(count, g.number, row.label)}
                              >
                                {count}
                              </Link>
                            ) : (
                              <span title={sv.coverage.gap}>
                                <span aria-hidden="true">–</span>
                                <span className="sr-only">{sv.coverage.gap}</span>
                              </span>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
              </Fragment>
            ))}
          </tbody>
          <tfoot>
            <tr className="border-t-2 border-slate-400 font-semibold">
              <th scope="row" className="p-2 text-left">
                {sv.coverage.total}
              </th>
              {totals.map((t, i) => (
                <td key={goals[i]!.number} className="p-1 text-center">
                  {t}
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </>
  );
}
