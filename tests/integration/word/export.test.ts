import { describe, expect, it, vi } from "vitest";
import mammoth from "mammoth";
import { db } from "@/lib/db/client";
import { GET } from "@/app/[locale]/(public)/[municipality]/dokument/[document]/word.docx/route";
import { createPlan } from "../../factories/plan";
import { createPeriodRow } from "../../factories/followup";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

const download = (municipality: string, document: string) =>
  GET(new Request(`http://localhost/${municipality}/dokument/${document}/word.docx`), { params: Promise.resolve({ locale: "sv", municipality, document }) });

/** The Word file's text, read back as Word would show it (mammoth). */
async function textOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await response.arrayBuffer()) });
  return value;
}

describe("a published document as Word", () => {
  it("has a title page, areas, goals, actions, responsible bodies, Agenda 2030 and the latest published follow-up, and nothing unpublished", async () => {
    const world = await createPlan();
    const { municipality, plan, planAreas, actions } = world;
    await db.document.update({
      where: { id: plan.id },
      data: { registrationNumber: "KS 24/550", adoptedBy: "Kommunfullmäktige", adoptedOn: new Date("2026-05-13"), areaLabel: "Fokusområde" },
    });
    // Unpublished parts: a draft area (with an action), a draft action in a public area.
    const draftArea = await db.area.create({
      data: { documentId: plan.id, slug: "9-hemligt", number: "9", title: "Hemligt område", position: 9, status: "DRAFT" },
    });
    await db.action.create({ data: { documentId: plan.id, areaId: draftArea.id, slug: "9-1-x", number: "1", title: "Hemlig åtgärd", position: 0 } });
    await db.action.create({
      data: { documentId: plan.id, areaId: planAreas[0]!.id, slug: "1-2-utkast", number: "2", title: "Utkaståtgärd", position: 1, status: "DRAFT" },
    });
    // Text sections: a published one, and a draft.
    await db.documentSection.createMany({
      data: [
        { documentId: plan.id, position: 0, heading: "Bakgrund", body: "Planen bygger på **medborgardialoger**." },
        { documentId: plan.id, position: 1, heading: "Hemligt avsnitt", body: "Utkast.", status: "DRAFT" },
      ],
    });
    // A draft goal in a public area, which a public action serves: neither under the area nor as served.
    const draftGoal = await db.goal.create({
      data: { documentId: plan.id, areaId: planAreas[0]!.id, slug: "utkast-mal", code: "U", title: "Utkastmål", position: 1, status: "DRAFT" },
    });
    await db.actionGoal.create({ data: { actionId: actions[0]!.id, goalId: draftGoal.id } });
    // Follow-up: a published period, and a newer open one that residents do not see.
    const published = await createPeriodRow(municipality.id, { year: 2025, status: "PUBLISHED" });
    const open = await createPeriodRow(municipality.id, { year: 2026 });
    const followUp = { actionId: actions[0]!.id, reportedOn: new Date("2026-01-15") };
    await db.actionFollowUp.create({
      data: { ...followUp, periodId: published.id, status: "IN_PROGRESS", progress: 40, comment: "Belysning klar i två parker." },
    });
    await db.actionFollowUp.create({ data: { ...followUp, periodId: open.id, status: "DONE", progress: 100, comment: "Hemlig kommentar." } });

    const text = await textOf(await download(municipality.slug, plan.slug));
    for (const expected of [
      "Handlingsplan",
      `Kommun: ${municipality.name}`,
      "Diarienummer: KS 24/550",
      "Antagen av: Kommunfullmäktige",
      "Antagen: 13 maj 2026",
      "Fokusområde 1: Planområde 1",
      "Fokusområde 2: Planområde 2",
      "Åtgärd 1.1: Åtgärd 1.1",
      "Ursprunglig text.",
      "Ansvariga: Socialnämnden",
      "Bidrar till: A Mål A",
      "Agenda 2030: 3. ",
      "Uppföljning 2025: Pågår, 40 % genomfört",
      "Belysning klar i två parker.",
      "Bakgrund",
      "Planen bygger på medborgardialoger.",
    ]) {
      expect(text).toContain(expected);
    }
    for (const hidden of ["Hemligt avsnitt", "Utkastmål", "Hemligt område", "Hemlig åtgärd", "Utkaståtgärd", "Hemlig kommentar", "Uppföljning 2026"])
      expect(text).not.toContain(hidden);
  });

  it("answers 404 for a draft document, as its page does", async () => {
    const { municipality, plan } = await createPlan({ documentStatus: "DRAFT" });
    const response = await download(municipality.slug, plan.slug);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/finns inte/);
  });
});
