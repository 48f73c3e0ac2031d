import { vi } from "vitest";
import { createPeriod } from "@/lib/followup/commands/create-period";
import { publishPeriod } from "@/lib/followup/commands/publish-period";
import { reopenPeriod } from "@/lib/followup/commands/reopen-period";
import { cancelPeriod } from "@/lib/followup/commands/cancel-period";
import { saveActionFollowUps } from "@/lib/followup/commands/save-action-follow-ups";
import { saveGoalAssessments } from "@/lib/followup/commands/save-goal-assessments";
import { setAreaSignOff } from "@/lib/followup/commands/set-area-sign-off";
import { createPeriodRow } from "../../factories/followup";
import { administration, areaContent, permissionMatrix, type Expected, type World } from "../../support/permission-matrix";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

const planAreas = (w: World): [number, number] => [w.planAreas[0]!.id, w.planAreas[1]!.id];
const openPeriod = (w: World) => createPeriodRow(w.municipality.id);

permissionMatrix("open a period", {
  arrange: async () => undefined,
  act: (user, _s, w) =>
    createPeriod(user, { municipalityId: w.municipality.id, title: "Uppföljning 2026", slug: "2026", startsOn: "2026-01-01", endsOn: "2026-12-31" }),
  expected: administration,
  writes: "FollowUpPeriod",
});

permissionMatrix("publish a period", {
  arrange: openPeriod,
  act: (user, period) => publishPeriod(user, { id: period.id, version: period.version }),
  expected: administration,
  writes: "FollowUpPeriod",
});

permissionMatrix("reopen a published period", {
  arrange: (w) => createPeriodRow(w.municipality.id, { status: "PUBLISHED" }),
  act: (user, period) => reopenPeriod(user, { id: period.id, version: period.version }),
  expected: administration,
  writes: "FollowUpPeriod",
});

permissionMatrix("cancel an unpublished period", {
  arrange: openPeriod,
  act: (user, period) => cancelPeriod(user, { id: period.id, version: period.version }),
  expected: administration,
  writes: "FollowUpPeriod",
});

permissionMatrix("follow up an action", {
  arrange: openPeriod,
  act: (user, period, w) => saveActionFollowUps(user, { periodId: period.id, rows: { [w.actions[0]!.id]: { version: 0, status: "DONE" } } }),
  expected: areaContent,
  areas: planAreas,
  writes: "ActionFollowUp",
});

permissionMatrix("assess a goal", {
  arrange: openPeriod,
  act: (user, period, w) => saveGoalAssessments(user, { periodId: period.id, rows: { [w.goals[0]!.id]: { version: 0, assessment: "MET" } } }),
  expected: areaContent,
  writes: "GoalAssessment",
});

permissionMatrix("sign off an area", {
  arrange: openPeriod,
  act: (user, period, w) => setAreaSignOff(user, { periodId: period.id, areaId: w.planAreas[0]!.id, ready: true }),
  expected: areaContent,
  areas: planAreas,
  writes: "AreaSignOff",
});

// Everyone in the municipality learns the period is closed; nobody outside it learns anything about it.
const closed: Expected = {
  admin: "INVALID",
  editor: "INVALID",
  areaEditor: "INVALID",
  otherAreaEditor: "INVALID",
  reviewer: "INVALID",
  otherAdmin: "FORBIDDEN",
  disabled: "UNAUTHENTICATED",
};

permissionMatrix("follow up an action in a published period", {
  arrange: (w) => createPeriodRow(w.municipality.id, { status: "PUBLISHED" }),
  act: (user, period, w) => saveActionFollowUps(user, { periodId: period.id, rows: { [w.actions[0]!.id]: { version: 0, status: "DONE" } } }),
  expected: closed,
  areas: planAreas,
  writes: "ActionFollowUp",
});
