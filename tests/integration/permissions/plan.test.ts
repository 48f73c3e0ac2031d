import { vi } from "vitest";
import { db } from "@/lib/db/client";
import { createAction } from "@/lib/actions/commands/create-action";
import { updateAction } from "@/lib/actions/commands/update-action";
import { createArea } from "@/lib/areas/commands/create-area";
import { updateArea } from "@/lib/areas/commands/update-area";
import { createDocument } from "@/lib/documents/commands/create-document";
import { updateDocument } from "@/lib/documents/commands/update-document";
import { createGoal } from "@/lib/goals/commands/create-goal";
import { updateGoal } from "@/lib/goals/commands/update-goal";
import { createSection } from "@/lib/sections/commands/create-section";
import { updateSection } from "@/lib/sections/commands/update-section";
import { areaContent, editForm, municipalityContent, permissionMatrix, type World } from "../../support/permission-matrix";

vi.mock("next/cache", async (original) => (await import("../../support/next-cache")).nextCacheMock(original));

const noState = async () => undefined;
const planAreas = (w: World): [number, number] => [w.planAreas[0]!.id, w.planAreas[1]!.id];

permissionMatrix("create a document", {
  arrange: async (w) => {
    const { id: _i, version: _v, slug: _s, replacesIds: _r, concretisesId: _c, ...fields } = await editForm("document", w.strategy.id);
    return fields;
  },
  act: (user, fields, w) => createDocument(user, { ...fields, title: "Ny strategi", municipalityId: w.municipality.id }),
  expected: municipalityContent,
  writes: "Document",
});

permissionMatrix("update a document", {
  arrange: (w) => editForm("document", w.strategy.id, { title: "Strategi, reviderad" }),
  act: (user, form) => updateDocument(user, form),
  expected: municipalityContent,
  writes: "Document",
});

permissionMatrix("create a section", {
  arrange: noState,
  act: (user, _s, w) => createSection(user, { documentId: w.strategy.id, heading: "Syfte", body: "Strategins syfte." }),
  expected: municipalityContent,
  writes: "DocumentSection",
});

permissionMatrix("update a section", {
  arrange: async (w) => {
    const { id } = await db.documentSection.create({ data: { documentId: w.strategy.id, heading: "Syfte", body: "Text.", position: 0 } });
    return editForm("section", id, { body: "Ny text." });
  },
  act: (user, form) => updateSection(user, form),
  expected: municipalityContent,
  writes: "DocumentSection",
});

permissionMatrix("create an area", {
  arrange: noState,
  act: (user, _s, w) => createArea(user, { documentId: w.strategy.id, number: "3", title: "Område 3" }),
  expected: municipalityContent,
  writes: "Area",
});

permissionMatrix("update an area", {
  arrange: (w) => editForm("area", w.areas[0]!.id, { title: "Område 1, reviderat" }),
  act: (user, form) => updateArea(user, form),
  expected: areaContent,
  writes: "Area",
});

permissionMatrix("create a goal in an area", {
  arrange: noState,
  act: (user, _s, w) => createGoal(user, { areaId: w.areas[0]!.id, code: "C", title: "Mål C" }),
  expected: areaContent,
  writes: "Goal",
});

permissionMatrix("update a goal", {
  arrange: (w) => editForm("goal", w.goals[0]!.id, { title: "Mål A, skarpare" }),
  act: (user, form) => updateGoal(user, form),
  expected: areaContent,
  writes: "Goal",
});

// A move needs both areas: the editor of the target area may not pull another area's goal into theirs,
// nor the editor of the goal's own area push it into an area not theirs.
permissionMatrix("move a goal from another area into the editor's area", {
  arrange: (w) => editForm("goal", w.goals[1]!.id, { areaId: w.areas[0]!.id }),
  act: (user, form) => updateGoal(user, form),
  expected: { ...areaContent, areaEditor: "FORBIDDEN" },
  writes: "Goal",
});

permissionMatrix("create an action in an area", {
  arrange: noState,
  act: (user, _s, w) => createAction(user, { areaId: w.planAreas[0]!.id, number: "2", title: "Åtgärd 1.2" }),
  expected: areaContent,
  areas: planAreas,
  writes: "Action",
});

permissionMatrix("update an action", {
  arrange: (w) => editForm("action", w.actions[0]!.id, { title: "Åtgärd 1.1, reviderad" }),
  act: (user, form) => updateAction(user, form),
  expected: areaContent,
  areas: planAreas,
  writes: "Action",
});

permissionMatrix("move an action from another area into the editor's area", {
  arrange: (w) => editForm("action", w.actions[1]!.id, { areaId: w.planAreas[0]!.id, number: "2" }),
  act: (user, form) => updateAction(user, form),
  expected: { ...areaContent, areaEditor: "FORBIDDEN" },
  areas: planAreas,
  writes: "Action",
});
