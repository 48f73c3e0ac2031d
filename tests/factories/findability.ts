import type { Db } from "@/lib/db/client";
import { importContent } from "@/lib/content-sync/import";
import { loadContent } from "@/lib/content/load";
import { documentContent, municipalityContent, writeContentTree } from "./content";

/**
 * Two small municipalities with Swedish text chosen for search, coverage and open-data tests, a
 * published and an open follow-up period, indicators, and hidden items (drafts, archived, an open
 * period) that all contain the word "hemlig" so a test can prove none of them leaks.
 */
export async function seedFindability(db: Db) {
  const dir = await writeContentTree({
    "municipalities/provkommun/municipality.yaml": municipalityContent({
      contact: "Kommunens kontaktcenter\n\nE-post: [kontakt@provkommun.example](mailto:kontakt@provkommun.example)",
      networks: [
        { name: "Föräldranätverket", purpose: "Stöd till föräldrar med barnen i fokus." },
        { name: "Hemligt nätverk", purpose: "Ett utkast." },
      ],
      goodExamples: [
        { title: "Läxhjälp på biblioteket", summary: "Ideella läxhjälpare möter elever varje vecka." },
        { title: "Hemligt exempel", summary: "Ett utkast." },
      ],
      knowledgePages: [
        { title: "Risk- och skyddsfaktorer", summary: "Vad som skyddar barn.", body: "Skyddsfaktorer minskar risken för ohälsa." },
        { title: "Hemlig kunskap", summary: "Ett utkast.", body: "Utkast." },
      ],
    }),
    "municipalities/provkommun/documents/strategi.yaml": documentContent({
      title: "Strategi för social hållbarhet",
      summary: "Kommunens gemensamma strategi för ett tryggt liv.",
      sections: [
        { heading: "Bakgrund", body: "Alla barn ska ha en **trygg** uppväxt. Läs mer [här](https://example.org)." },
        { heading: "Hemligt avsnitt", body: "Ett utkast." },
        { heading: "Uppföljning", body: "Kommunen mäter resultaten varje år med en mätmodell." },
      ],
      areas: [
        {
          number: "1",
          title: "En god start i livet",
          focus: ["Föräldraskapsstöd"],
          agenda2030: [3, 4],
          goals: [{ code: "A", title: "Varje barn lever i ekonomisk trygghet", text: "Barn ska inte växa upp i fattigdom.", agenda2030: [1] }],
          actions: [
            {
              number: "1",
              title: "Fritid för unga",
              text: "Insatsen ger trygghet på fritiden.",
              goals: ["A"],
              agenda2030: [3],
              responsible: ["Kultur- och fritidsnämnden"],
            },
            { number: "2", title: "Ökad trygghet i skolan", text: "Skolan arbetar förebyggande.", goals: ["A"], agenda2030: [4] },
            { number: "3", title: "Hemlig åtgärd", text: "Ett utkast.", agenda2030: [4] },
          ],
        },
        {
          number: "2",
          title: "Ett liv fritt från våld",
          agenda2030: [5],
          goals: [
            { code: "B", title: "Minska våld i nära relationer", agenda2030: [5, 16] },
            { code: "C", title: "Hemligt arkiverat mål", agenda2030: [16] },
          ],
          actions: [{ number: "1", title: "Stöd till våldsutsatta", text: "Kvinnor som utsatts för våld får stöd.", goals: ["B"], agenda2030: [5, 16] }],
        },
        {
          number: "3",
          title: "Hemligt område",
          agenda2030: [10],
          goals: [{ code: "D", title: "Mål under hemligt område", agenda2030: [10] }],
          actions: [{ number: "1", title: "Åtgärd under hemligt område", agenda2030: [10] }],
        },
      ],
    }),
    "municipalities/provkommun/documents/utkast.yaml": documentContent({
      slug: "utkast",
      title: "Hemligt utkast till plan",
      summary: "Ett utkast.",
      areas: [
        { number: "1", title: "Utkastets hemliga område", agenda2030: [13], actions: [{ number: "1", title: "Utkastets hemliga åtgärd", agenda2030: [13] }] },
      ],
    }),
    "municipalities/annanstad/municipality.yaml": municipalityContent({ slug: "annanstad", name: "Annanstads kommun", shortName: "Annanstad", code: "9998" }),
    "municipalities/annanstad/documents/plan.yaml": documentContent({
      slug: "plan",
      kind: "action_plan",
      title: "Handlingsplan mot våldet",
      summary: "Annanstads plan.",
      areas: [{ number: "1", title: "Trygga barn", agenda2030: [4], actions: [{ number: "1", title: "Barnen först", agenda2030: [4] }] }],
    }),
  });
  await importContent(db, await loadContent(dir));

  const provkommun = await db.municipality.findUniqueOrThrow({ where: { slug: "provkommun" } });
  const hidden = { contains: "emlig" };
  await db.document.updateMany({ where: { slug: "utkast" }, data: { status: "DRAFT" } });
  await db.documentSection.updateMany({ where: { heading: hidden }, data: { status: "DRAFT" } });
  await db.area.updateMany({ where: { title: { startsWith: "Hemligt" } }, data: { status: "DRAFT" } });
  await db.goal.updateMany({ where: { title: { startsWith: "Hemligt" } }, data: { status: "ARCHIVED" } });
  await db.action.updateMany({ where: { title: { startsWith: "Hemlig" } }, data: { status: "DRAFT" } });
  await db.network.updateMany({ where: { name: hidden }, data: { status: "DRAFT" } });
  await db.goodExample.updateMany({ where: { title: hidden }, data: { status: "ARCHIVED" } });
  await db.knowledgePage.updateMany({ where: { title: hidden }, data: { status: "DRAFT" } });

  const action = (title: string) => db.action.findFirstOrThrow({ where: { title } });
  const [fritid, skolan, stod] = await Promise.all([action("Fritid för unga"), action("Ökad trygghet i skolan"), action("Stöd till våldsutsatta")]);
  const period = (slug: string, status: "OPEN" | "PUBLISHED", year: number) =>
    db.followUpPeriod.create({
      data: {
        municipalityId: provkommun.id,
        slug,
        title: String(year),
        startsOn: new Date(`${year}-01-01`),
        endsOn: new Date(`${year}-12-31`),
        status,
        publishedAt: status === "PUBLISHED" ? new Date(`${year + 1}-03-01`) : null,
      },
    });
  const published = await period("2025", "PUBLISHED", 2025);
  const open = await period("2026", "OPEN", 2026);
  const reportedOn = new Date("2026-01-15");
  await db.actionFollowUp.createMany({
    data: [
      {
        periodId: published.id,
        actionId: fritid.id,
        status: "DONE",
        progress: 100,
        comment: "Fritidsgårdarna har fler besökare, särskilt flickor.",
        reportedOn,
      },
      { periodId: published.id, actionId: skolan.id, status: "DELAYED", progress: 30, comment: "Förseningen beror på rekryteringen.", reportedOn },
      { periodId: published.id, actionId: stod.id, status: "IN_PROGRESS", progress: 50, comment: "Stödet når fler kvinnor.", reportedOn },
      { periodId: open.id, actionId: fritid.id, status: "DELAYED", comment: "Hemlig kommentar i en öppen period.", reportedOn },
    ],
  });
  const goalA = await db.goal.findFirstOrThrow({ where: { code: "A", document: { slug: "strategi" } } });
  await db.goalAssessment.createMany({
    data: [
      { periodId: published.id, goalId: goalA.id, assessment: "PARTLY_MET", analysis: "Fler barn i ekonomisk trygghet." },
      { periodId: open.id, goalId: goalA.id, assessment: "NOT_MET", analysis: "Hemlig analys." },
    ],
  });
  const indicator = (slug: string, name: string, status: "PUBLISHED" | "DRAFT") =>
    db.indicator.create({
      data: {
        municipalityId: provkommun.id,
        slug,
        name,
        unit: "procent",
        valueType: "PERCENT",
        higherIsBetter: false,
        targetValue: 10,
        targetYear: 2030,
        koladaKpi: "N00945",
        position: 1,
        status,
        goals: { create: [{ goalId: goalA.id }] },
        values: {
          create: [
            { year: 2024, value: 14.5, source: "KOLADA" },
            { year: 2025, value: 13.1, source: "KOLADA" },
            { year: 2025, value: 11.2, national: true, source: "KOLADA" },
          ],
        },
      },
    });
  await indicator("barnfattigdom", "Barn i ekonomiskt utsatta hushåll", "PUBLISHED");
  await indicator("hemlig-indikator", "Hemlig indikator", "DRAFT");
  return { provkommun, periods: { published, open } };
}

/** Every public response must be free of this word: only hidden items carry it. */
export const HIDDEN_WORD = /hemlig/i;
