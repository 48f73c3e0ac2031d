import { describe, expect, it } from "vitest";
import { tagsForPath } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";
import { getAction } from "@/lib/actions/queries";
import { getAgendaGoal, listAgendaGoals } from "@/lib/agenda2030/queries";
import { getArea } from "@/lib/areas/queries";
import { getMunicipalityCoverage, getNationalCoverage } from "@/lib/coverage/queries";
import { getDocument } from "@/lib/documents/queries";
import { getGoalChanges } from "@/lib/followup/changes";
import { getActionFollowUp, getAreaProgress, getDocumentProgress, getGoalFollowUp, listPublishedPeriods } from "@/lib/followup/queries";
import { getFollowUpReport } from "@/lib/followup/report";
import { getGoal } from "@/lib/goals/queries";
import { getMunicipality, getMunicipalityName, listMunicipalities } from "@/lib/municipalities/queries";
import { getPlanForWord } from "@/lib/word-export/queries";

// The caching front purges a page by the keys its address gives it (lib/front/policy.ts). A write expires
// the tags of the queries it changed; if a page's query carried a tag its address does not, the front
// would keep showing the old page. So every query a public route reads must be covered by the route's keys.
const [m, d, g, a, area, period] = ["sodertalje", "plan-2026", "mal-a", "1-1-atgard", "1-omrade", "2025"];

const routes: [string, string, string[][]][] = [
  ["portal start", paths.home(), [listMunicipalities.tagsFor()]],
  ["Agenda 2030", paths.agenda2030(), [listAgendaGoals.tagsFor(), getNationalCoverage.tagsFor()]],
  ["Agenda 2030 goal", paths.agenda2030Goal(16), [getAgendaGoal.tagsFor(16), listAgendaGoals.tagsFor()]],
  ["coverage", paths.coverage(), [getNationalCoverage.tagsFor(), listAgendaGoals.tagsFor()]],
  ["municipality", paths.municipality(m), [getMunicipality.tagsFor(m), getMunicipalityName.tagsFor(m)]],
  ["municipality coverage", paths.municipalityCoverage(m), [getMunicipalityCoverage.tagsFor(m), getMunicipalityName.tagsFor(m)]],
  ["document", paths.document(m, d), [getDocument.tagsFor(m, d), getDocumentProgress.tagsFor(m, d)]],
  ["document as Word", paths.documentWord(m, d), [getPlanForWord.tagsFor(m, d)]],
  ["area", paths.area(m, d, area), [getArea.tagsFor(m, d, area), getAreaProgress.tagsFor(m, d, area)]],
  ["area brief", paths.areaBrief(m, d, area), [getArea.tagsFor(m, d, area), getAreaProgress.tagsFor(m, d, area)]],
  ["goal", paths.goal(m, d, g), [getGoal.tagsFor(m, d, g), getGoalFollowUp.tagsFor(m, d, g)]],
  ["goal brief", paths.goalBrief(m, d, g), [getGoal.tagsFor(m, d, g), getGoalFollowUp.tagsFor(m, d, g)]],
  ["goal changes", paths.goalChanges(m, d, g), [getGoal.tagsFor(m, d, g), getGoalChanges.tagsFor(m, d, g, "2025-01-01")]],
  ["action", paths.action(m, d, a), [getAction.tagsFor(m, d, a), getActionFollowUp.tagsFor(m, d, a)]],
  ["follow-ups", paths.followUps(m), [listPublishedPeriods.tagsFor(m)]],
  ["follow-up report", paths.followUpReport(m, period), [getFollowUpReport.tagsFor(m, period), listPublishedPeriods.tagsFor(m)]],
  ["follow-up report CSV", paths.followUpReportCsv(m, period), [getFollowUpReport.tagsFor(m, period)]],
  ["follow-up feed", paths.followUpFeed(m), [listPublishedPeriods.tagsFor(m)]],
];

describe("the caching front's keys", () => {
  it.each(routes)("cover every tag the %s page's queries carry", (_kind, path, queryTags) => {
    const keys = tagsForPath(path);
    expect(queryTags.flat().filter((tag) => !keys.includes(tag))).toEqual([]);
  });

  it("put search, open data and the feeds that read uncached under the tag every write expires", () => {
    for (const path of [paths.search("?q=barn"), paths.openDataList("documents", "json"), paths.dcatCatalogue(), paths.feed(m), "/sitemap.xml"]) {
      expect(tagsForPath(new URL(path, "http://x").pathname)).toContain("public-data");
    }
  });
});
