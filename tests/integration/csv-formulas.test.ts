import { describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { GET as reportCsvRoute } from "@/app/[locale]/(public)/[municipality]/uppfoljning/[period]/rapport.csv/route";
import { GET as listRoute } from "@/app/api/v1/[dataset]/route";
import { createPlan } from "../factories/plan";
import { createPeriodRow } from "../factories/followup";

vi.mock("next/cache", async (original) => (await import("../support/next-cache")).nextCacheMock(original));

/** Titles and comments a coordinator could type that a spreadsheet would run as formulas. */
const formulas = ['=HYPERLINK("http://evil.example","Läs mer")', "+1+1", "-2+3", "@SUM(1)", "\t=1", "\r=1"];

describe("CSV downloads", () => {
  it("write a text starting like a formula as text, as OWASP recommends, in actions.csv and rapport.csv", async () => {
    const plan = await createPlan();
    const period = await createPeriodRow(plan.municipality.id, { year: 2025, status: "PUBLISHED" });
    const extra = await Promise.all(
      formulas.map((title, i) =>
        db.action.create({
          data: { documentId: plan.plan.id, areaId: plan.planAreas[0]!.id, slug: `formel-${i}`, number: String(10 + i), title, position: 10 + i },
        }),
      ),
    );
    await db.actionFollowUp.createMany({
      data: extra.map((a, i) => ({ periodId: period.id, actionId: a.id, status: "DONE" as const, comment: formulas[i], reportedOn: new Date("2025-12-01") })),
    });

    const m = plan.municipality.slug;
    const actions = await (
      await listRoute(new Request(`http://localhost/api/v1/actions.csv?kommun=${m}`), { params: Promise.resolve({ dataset: "actions.csv" }) })
    ).text();
    const report = await (
      await reportCsvRoute(new Request("http://localhost/x"), { params: Promise.resolve({ locale: "sv", municipality: m, period: "2025" }) })
    ).text();
    for (const [name, csv] of [
      ["actions.csv", actions],
      ["rapport.csv", report],
    ] as const) {
      for (const formula of formulas) {
        const quoted = `"'${formula.replace(/"/g, '""')}"`;
        expect(csv, `${name}: ${JSON.stringify(formula)}`).toContain(`,${quoted},`);
        // No cell anywhere begins with a formula character.
        expect(
          csv.split(/,|\r\n/).filter((cell) => /^["]?[=+\-@\t\r]/.test(cell)),
          name,
        ).toEqual([]);
      }
    }
  });
});
