import { query } from "../support/database";
import type { ReplayCase } from "../support/replay";
import type { ActionKey } from "../support/server-actions";
import { levelLabels } from "../../factories/level-labels";

const document = { kind: "action_plan", title: "Obehörig plan", summary: "Obehörig.", ...levelLabels };
const password = "ett-obehörigt-lösenord";
const admin = "app/[locale]/admin/[municipality]";

/**
 * The admin area's server actions, each called with valid input on Södertälje's records outside the
 * area editor's area 6 (tests/e2e/admin/unauthorized-access.spec.ts). The follow-up and indicator
 * actions are in tests/e2e/followup/replays.ts; tests/unit/server-action-replays.test.ts checks that
 * together they name every server action in app/.
 */
export const adminReplays: Partial<Record<ActionKey, ReplayCase>> = {
  "app/[locale]/admin/actions.ts#changeStatus": {
    call: async (d) => ({ path: "/admin/sodertalje", form: { type: "action", id: `${d.action}`, version: "1", status: "ARCHIVED" } }),
  },
  "app/[locale]/admin/actions.ts#move": {
    call: async (d) => ({ path: "/admin/sodertalje", form: { type: "action", id: `${d.action}`, version: "1", direction: "down" } }),
  },
  "app/[locale]/admin/actions.ts#restore": {
    // A knowledge page (a draft; no other browser test reads them) the administrator adds here, so its first revision exists.
    call: async (d, allowed) => {
      await allowed(`${admin}/innehall/actions.ts#addItem`, {
        path: "/admin/sodertalje",
        bound: ["sodertalje", "kunskap"],
        form: { municipalityId: `${d.sodertalje}`, title: `Omspelad kunskap ${Date.now()}`, summary: "Kort.", body: "Text." },
      });
      const [revision] = await query<{ id: number }>(
        `SELECT id FROM "Revision" WHERE "entityType" = 'knowledgePage' AND "municipalityId" = $1 ORDER BY id DESC LIMIT 1`,
        [d.sodertalje],
      );
      return { path: "/admin/sodertalje", form: { revisionId: `${revision!.id}`, version: "1" } };
    },
  },
  // Nobody joins a municipality by accepting an invitation they were never sent: only one's own pending invitation is found.
  "app/[locale]/admin/actions.ts#answerInvite": {
    call: async (d) => ({ path: "/admin", form: { municipalityId: `${d.sodertalje}`, answer: "accept" } }),
    refusal: /Det du söker finns inte|Du behöver logga in/,
  },
  // Two-factor enrolment acts on the caller's own account only (no id is posted); the signed-out get nothing.
  "app/[locale]/admin/tvastegsverifiering/actions.ts#enableTotp": {
    call: async () => ({ path: "/admin/tvastegsverifiering", form: { code: "000000" } }),
    refused: [null],
  },
  // Anyone signed in may preview Markdown; the signed-out get nothing rendered.
  "app/[locale]/admin/actions.ts#previewMarkdown": {
    call: async () => ({ path: "/admin/sodertalje", text: "**fet**" }),
    refused: [null],
    refusal: /^(?![\s\S]*<strong>)/,
  },
  [`${admin}/dokument/actions.ts#saveDocument`]: { call: async (d) => ({ path: "/admin/sodertalje", form: { id: `${d.plan}`, version: "1", ...document } }) },
  [`${admin}/dokument/actions.ts#addDocument`]: {
    call: async (d) => ({ path: "/admin/sodertalje", bound: ["sodertalje"], form: { municipalityId: `${d.sodertalje}`, ...document } }),
  },
  // The mapping form's last step, which writes; the upload step checks the same permission before reading the file.
  [`${admin}/dokument/fran-word/actions.ts#wordImport`]: {
    call: async (d) => ({
      path: "/admin/sodertalje",
      bound: ["sodertalje", d.sodertalje],
      form: { step: "create", rows: "1", "row-0-choice": "area", "row-0-title": "Obehörigt område", ...document, title: "Obehörig plan från Word" },
    }),
  },
  [`${admin}/avsnitt/actions.ts#saveSection`]: {
    call: async (d) => ({ path: "/admin/sodertalje", form: { id: `${d.section}`, version: "1", heading: "Obehörig", level: "2", body: "Obehörig." } }),
  },
  [`${admin}/avsnitt/actions.ts#addSection`]: {
    call: async (d) => ({ path: "/admin/sodertalje", bound: ["sodertalje"], form: { documentId: `${d.plan}`, heading: "Obehörig", level: "2" } }),
  },
  [`${admin}/omrade/actions.ts#saveArea`]: {
    call: async (d) => ({ path: "/admin/sodertalje", form: { id: `${d.planArea}`, version: "1", title: "Obehörigt område" } }),
  },
  [`${admin}/omrade/actions.ts#addArea`]: {
    call: async (d) => ({ path: "/admin/sodertalje", bound: ["sodertalje"], form: { documentId: `${d.plan}`, title: "Obehörigt område" } }),
  },
  [`${admin}/mal/actions.ts#saveGoal`]: {
    call: async (d) => ({ path: "/admin/sodertalje", form: { id: `${d.goal}`, version: "1", areaId: `${d.goalArea}`, code: "X9", title: "Obehörigt mål" } }),
  },
  [`${admin}/mal/actions.ts#addGoal`]: {
    call: async (d) => ({ path: "/admin/sodertalje", bound: ["sodertalje"], form: { areaId: `${d.goalArea}`, code: "X9", title: "Obehörigt mål" } }),
  },
  [`${admin}/atgard/actions.ts#saveAction`]: {
    call: async (d) => ({
      path: "/admin/sodertalje",
      form: { id: `${d.action}`, version: "1", areaId: `${d.planArea}`, number: "99", title: "Obehörig åtgärd" },
    }),
  },
  [`${admin}/atgard/actions.ts#addAction`]: {
    call: async (d) => ({ path: "/admin/sodertalje", bound: ["sodertalje"], form: { areaId: `${d.planArea}`, number: "99", title: "Obehörig åtgärd" } }),
  },
  [`${admin}/atgard/actions.ts#addOrganisation`]: {
    call: async (d) => ({ path: "/admin/sodertalje", form: { municipalityId: `${d.sodertalje}`, name: "Obehörig ansvarig" } }),
  },
  [`${admin}/innehall/actions.ts#saveItem`]: {
    call: async (d) => ({
      path: "/admin/sodertalje",
      bound: ["organisationer"],
      form: { id: `${d.organisation}`, version: "1", name: "Obehörig organisation" },
    }),
  },
  [`${admin}/innehall/actions.ts#addItem`]: {
    call: async (d) => ({
      path: "/admin/sodertalje",
      bound: ["sodertalje", "natverk"],
      form: { municipalityId: `${d.sodertalje}`, name: "Obehörigt nätverk", purpose: "Obehörigt." },
    }),
  },
  [`${admin}/installningar/actions.ts#saveMunicipality`]: {
    call: async (d) => ({
      path: "/admin/sodertalje",
      form: { id: `${d.sodertalje}`, version: "1", name: "Obehörig kommun", shortName: "Obehörig", intro: "Obehörig." },
    }),
  },
  [`${admin}/anvandare/actions.ts#addPerson`]: {
    call: async (d) => ({
      path: "/admin/sodertalje",
      form: { email: `obehorig-${Date.now()}@example.se`, name: "Obehörig", municipalityId: `${d.sodertalje}`, role: "ADMIN" },
    }),
  },
  [`${admin}/anvandare/actions.ts#changeRole`]: {
    call: async (d) => ({ path: "/admin/sodertalje", form: { userId: `${d.editor}`, municipalityId: `${d.sodertalje}`, role: "ADMIN" } }),
  },
  [`${admin}/anvandare/actions.ts#removeRole`]: {
    call: async (d) => ({ path: "/admin/sodertalje", form: { userId: `${d.editor}`, municipalityId: `${d.sodertalje}` } }),
  },
  [`${admin}/anvandare/actions.ts#changePassword`]: {
    call: async (d) => ({ path: "/admin/sodertalje", form: { userId: `${d.editor}`, municipalityId: `${d.sodertalje}`, password } }),
  },
  // The platform operators' actions (docs/decisions/100): none of the wrong users is an operator.
  "app/[locale]/admin/plattform/actions.ts#addMunicipality": {
    call: async () => ({ path: "/admin/plattform", form: { name: "Obehörig kommun", slug: `obehorig-${Date.now()}`, code: "9998" } }),
  },
  "app/[locale]/admin/plattform/actions.ts#inviteAdmin": {
    call: async (d) => ({
      path: "/admin/plattform",
      form: { municipalityId: `${d.sodertalje}`, email: `obehorig-${Date.now()}@example.se`, name: "Obehörig" },
    }),
  },
  "app/[locale]/admin/plattform/actions.ts#addOperator": {
    call: async () => ({ path: "/admin/plattform", form: { email: "granskare@e2e.sodertalje.example" } }),
  },
  // Open to anyone by design (docs/decisions/101): the same answer for every address, within a rate limit.
  "app/[locale]/logga-in/glomt-losenord/actions.ts#askForReset": {
    call: async () => ({ path: "/logga-in/glomt-losenord", form: { email: "finns-inte@e2e.example" } }),
    refused: [],
  },
  // The token is the whole authorization: a made-up one is refused to everyone alike.
  "app/[locale]/konto/[token]/actions.ts#choosePassword": {
    call: async () => ({
      path: "/logga-in",
      form: { token: "A".repeat(43), password, repeat: password },
    }),
    refusal: /Länken gäller inte längre/,
  },
};
