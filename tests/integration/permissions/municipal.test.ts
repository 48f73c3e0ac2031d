import { vi } from "vitest";
import { entityTables } from "@/lib/revisions/entities";
import { createItem } from "@/lib/municipal-items/commands/create-item";
import { updateItem } from "@/lib/municipal-items/commands/update-item";
import { itemKinds } from "@/lib/records/item-kinds";
import type { ItemType } from "@/lib/municipal-items/kind";
import { updateMunicipality } from "@/lib/municipalities/commands/update-municipality";
import { twoRecords } from "../../factories/records";
import { administration, editForm, municipalityContent, permissionMatrix } from "../../support/permission-matrix";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

/** A valid new item of each kind, and a field an edit changes. */
const items: Record<ItemType, { create: Record<string, unknown>; change: Record<string, unknown> }> = {
  network: { create: { name: "Nytt nätverk", purpose: "Ett syfte." }, change: { purpose: "Ändrat syfte." } },
  goodExample: { create: { title: "Nytt exempel", summary: "Kort." }, change: { summary: "Ändrad." } },
  knowledgePage: { create: { title: "Ny kunskap", summary: "Kort.", body: "Text." }, change: { summary: "Ändrad." } },
  dialogue: { create: { title: "Ny dialog", period: "2026", summary: "Vad som kom fram." }, change: { summary: "Ändrad." } },
  group: { create: { name: "Ny grupp", kind: "committee", members: [{ name: "Dan Ek" }] }, change: { description: "Ändrad." } },
  processMap: { create: { title: "Ny karta", processes: [{ kind: "main", number: "1", title: "Leda", proposals: [] }] }, change: { intro: "Ändrad." } },
  situation: { create: { publicHealthArea: 3, strengths: ["En styrka."] }, change: { heading: "Ändrad rubrik" } },
  organisation: { create: { name: "Ny förening" }, change: { name: "Ändrat namn" } },
};

for (const kind of itemKinds) {
  const { create, change } = items[kind.type];
  permissionMatrix(`create a ${kind.type}`, {
    arrange: async () => undefined,
    act: (user, _s, w) => createItem(kind, user, { ...create, municipalityId: w.municipality.id }),
    expected: municipalityContent,
    writes: entityTables[kind.type],
  });
  permissionMatrix(`update a ${kind.type}`, {
    arrange: async (w) => editForm(kind.type, (await twoRecords(kind.type, w))[0], change),
    act: (user, form) => updateItem(kind, user, form),
    expected: municipalityContent,
    writes: entityTables[kind.type],
  });
}

permissionMatrix("change the municipality's settings", {
  arrange: (w) => editForm("municipality", w.municipality.id, { intro: "En ny introduktion." }),
  act: (user, form) => updateMunicipality(user, form),
  expected: administration,
  writes: "Municipality",
});
