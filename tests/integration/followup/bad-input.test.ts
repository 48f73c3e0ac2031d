import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { readForm } from "@/lib/admin/fields";
import { nestRows, tableFields } from "@/lib/admin/rows";
import { createPeriod } from "@/lib/followup/commands/create-period";
import { saveActionFollowUps } from "@/lib/followup/commands/save-action-follow-ups";
import { actionFollowUpColumns, tableFormFields } from "@/lib/followup/form";
import { setIndicatorValues } from "@/lib/indicators/commands/set-indicator-values";
import { createIndicator } from "@/lib/indicators/commands/create-indicator";
import { valueColumns, valueFormFields } from "@/lib/indicators/form";
import { createPlan, type Plan } from "../../factories/plan";
import { createIndicatorRow, createPeriodRow } from "../../factories/followup";
import { userWithRole } from "../../factories/users";
import { saidAll } from "../../support/messages";

vi.mock("next/cache", async (original) => ({ ...(await original<typeof import("next/cache")>()), revalidateTag: () => undefined }));

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A table form as the browser posts it: the rows' keys and their cells. */
function posted(formFields: Record<string, string>, rows: Record<string, Record<string, string>>) {
  const form = new FormData();
  for (const [name, value] of Object.entries(formFields)) form.set(name, value);
  for (const [key, cells] of Object.entries(rows)) {
    form.append("rows", key);
    for (const [name, value] of Object.entries(cells)) form.set(`rows.${key}.${name}`, value);
  }
  return form;
}

let plan: Plan;
beforeEach(async () => {
  plan = await createPlan();
});

describe("bad follow-up input", () => {
  it.each([
    ["progress above 100", { status: "IN_PROGRESS", progress: "101" }, "progress", "Ange framsteg som ett heltal mellan 0 och 100"],
    ["negative progress", { status: "IN_PROGRESS", progress: "-5" }, "progress", "Ange framsteg som ett heltal mellan 0 och 100"],
    ["progress that is not a whole number", { status: "IN_PROGRESS", progress: "12,5" }, "progress", "Ange framsteg som ett heltal mellan 0 och 100"],
    ["progress that is not a number", { status: "IN_PROGRESS", progress: "mycket" }, "progress", "Ange framsteg som ett heltal mellan 0 och 100"],
    ["not assessable without a reason", { status: "NOT_ASSESSABLE" }, "reason", "Ange skälet när åtgärden inte kan bedömas"],
    ["an unknown status", { status: "KLAR" }, "status", expect.stringMatching(/\S/)],
    [
      "a comment with a script",
      { status: "DONE", comment: "<script>alert(1)</script>" },
      "comment",
      "Texten får inte innehålla skript, formulär eller inbäddade sidor",
    ],
    ["an impossible date", { status: "DONE", reportedOn: "2026-02-30" }, "reportedOn", "Ange ett giltigt datum (ÅÅÅÅ-MM-DD)"],
  ])("refuses %s on its cell, in Swedish, and writes nothing", async (_case, cells, field, message) => {
    const period = await createPeriodRow(plan.municipality.id);
    const editor = await userWithRole(plan.municipality.id, "EDITOR");
    const key = String(plan.actions[0]!.id);
    const form = posted({ periodId: String(period.id) }, { [key]: { version: "0", ...cells } });
    const input = nestRows(readForm(tableFields(tableFormFields, actionFollowUpColumns, form), form));
    const error = await failure(saveActionFollowUps(editor, input));
    expect(error.code).toBe("INVALID");
    expect(saidAll(error.details.fieldErrors)?.[`rows.${key}.${field}`]).toEqual([message]);
    expect(await db.actionFollowUp.count({ where: { periodId: period.id } })).toBe(0);
    expect(await db.revision.count({ where: { municipalityId: plan.municipality.id } })).toBe(0);
  });

  it("refuses follow-up for an archived action, and saves none of the other rows either", async () => {
    const period = await createPeriodRow(plan.municipality.id);
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    await db.action.update({ where: { id: plan.actions[1]!.id }, data: { status: "ARCHIVED" } });
    const error = await failure(
      saveActionFollowUps(admin, {
        periodId: period.id,
        rows: { [plan.actions[0]!.id]: { version: 0, status: "DONE" }, [plan.actions[1]!.id]: { version: 0, status: "DONE" } },
      }),
    );
    expect(saidAll(error.details.fieldErrors)).toEqual({ [`rows.${plan.actions[1]!.id}.status`]: ["Åtgärden är arkiverad och följs inte upp."] });
    expect(await db.actionFollowUp.count({ where: { periodId: period.id } })).toBe(0);
  });

  it("refuses a period that ends before it starts", async () => {
    const admin = await userWithRole(plan.municipality.id, "ADMIN");
    const error = await failure(
      createPeriod(admin, { municipalityId: plan.municipality.id, title: "Fel", slug: "fel", startsOn: "2026-12-31", endsOn: "2026-01-01" }),
    );
    expect(saidAll(error.details.fieldErrors)?.endsOn).toEqual(["Periodens slut kan inte vara före dess början"]);
  });
});

describe("bad indicator values", () => {
  async function attempt(valueType: "PERCENT" | "INTEGER", cells: Record<string, string>) {
    const indicator = await createIndicatorRow(plan.municipality.id, { valueType });
    const editor = await userWithRole(plan.municipality.id, "EDITOR");
    const form = posted({ id: String(indicator.id), version: "1" }, { ny1: cells });
    const error = await failure(setIndicatorValues(editor, nestRows(readForm(tableFields(valueFormFields, valueColumns, form), form))));
    expect(await db.indicatorValue.count({ where: { indicatorId: indicator.id } })).toBe(0);
    return saidAll(error.details.fieldErrors);
  }

  it.each([
    ["a year with two parts", "2023/24"],
    ["a two-digit year", "23"],
    ["a year that is not a number", "i fjol"],
  ])("refuses %s", async (_case, year) => {
    expect(await attempt("PERCENT", { year, total: "50" })).toEqual({ "rows.ny1.year": ["Ange året med fyra siffror, till exempel 2024"] });
  });

  it("refuses a percent outside 0–100 and a decimal for a whole-number indicator", async () => {
    expect(await attempt("PERCENT", { year: "2024", total: "104", women: "99" })).toEqual({
      "rows.ny1.total": ["Indikatorn mäts i procent: ange ett värde mellan 0 och 100"],
    });
    expect(await attempt("INTEGER", { year: "2024", total: "12,5" })).toEqual({ "rows.ny1.total": ["Indikatorn mäts i heltal: ange ett heltal"] });
  });

  it("refuses a target that does not fit the value type, and a target without its year", async () => {
    const editor = await userWithRole(plan.municipality.id, "EDITOR");
    const error = await failure(
      createIndicator(editor, {
        municipalityId: plan.municipality.id,
        name: "X",
        unit: "procent",
        valueType: "PERCENT",
        higherIsBetter: "true",
        targetValue: 120,
      }),
    );
    expect(saidAll(error.details.fieldErrors)).toEqual({
      targetValue: ["Indikatorn mäts i procent: ange ett värde mellan 0 och 100"],
      targetYear: ["Ange året målvärdet gäller"],
    });
  });
});
