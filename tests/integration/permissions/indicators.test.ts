import { readFile } from "node:fs/promises";
import { vi } from "vitest";
import { createIndicator } from "@/lib/indicators/commands/create-indicator";
import { setIndicatorValues } from "@/lib/indicators/commands/set-indicator-values";
import { updateIndicator } from "@/lib/indicators/commands/update-indicator";
import { importKolada } from "@/lib/kolada/commands/import-kolada";
import { createIndicatorRow, KOLADA_FIXTURE, useKoladaCode } from "../../factories/followup";
import { editForm, municipalityContent, permissionMatrix } from "../../support/permission-matrix";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

permissionMatrix("create an indicator", {
  arrange: async () => undefined,
  act: (user, _s, w) =>
    createIndicator(user, {
      municipalityId: w.municipality.id,
      name: "Ny indikator",
      unit: "procent",
      valueType: "PERCENT",
      higherIsBetter: true,
      goalIds: [w.goals[0]!.id],
    }),
  expected: municipalityContent,
  writes: "Indicator",
});

permissionMatrix("update an indicator", {
  arrange: async (w) => editForm("indicator", (await createIndicatorRow(w.municipality.id)).id, { description: "Vad den mäter." }),
  act: (user, form) => updateIndicator(user, form),
  expected: municipalityContent,
  writes: "Indicator",
});

permissionMatrix("enter an indicator's values", {
  arrange: (w) => createIndicatorRow(w.municipality.id),
  act: (user, indicator) =>
    setIndicatorValues(user, { id: indicator.id, version: indicator.version, rows: { a: { year: 2024, total: 50, women: 52, men: 48 } } }),
  expected: municipalityContent,
  writes: "IndicatorValue",
});

permissionMatrix("import indicator values from Kolada", {
  arrange: async (w) => {
    await useKoladaCode(w.municipality.id);
    await createIndicatorRow(w.municipality.id, { koladaKpi: "N00945" });
    return readFile(KOLADA_FIXTURE, "utf8");
  },
  act: (user, json, w) => importKolada(user, { municipalityId: w.municipality.id, json }),
  expected: municipalityContent,
  writes: "IndicatorValue",
});
