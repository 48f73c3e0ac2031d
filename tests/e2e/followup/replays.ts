import { readFile } from "node:fs/promises";
import path from "node:path";
import { query } from "../support/database";
import type { DemoIds, ReplayCase } from "../support/replay";
import type { ActionKey } from "../support/server-actions";

const followUp = "app/[locale]/admin/[municipality]/uppfoljning/actions.ts";
const indicators = "app/[locale]/admin/[municipality]/indikatorer/actions.ts";
const indicator = { name: "Obehörig indikator", unit: "procent", valueType: "PERCENT", higherIsBetter: "true" };

/** Indicators and Kolada: Södertälje's, tried by its reviewer and area editor and by another municipality's administrator. */
export const indicatorReplays: Partial<Record<ActionKey, ReplayCase>> = {
  [`${indicators}#addIndicator`]: {
    call: async (d) => ({ path: "/admin/sodertalje", bound: ["sodertalje"], form: { municipalityId: `${d.sodertalje}`, ...indicator } }),
  },
  [`${indicators}#saveIndicator`]: {
    call: async (d, allowed) => ({ path: "/admin/sodertalje", form: { id: `${await draftIndicator(d.sodertalje, allowed)}`, version: "1", ...indicator } }),
  },
  [`${indicators}#saveIndicatorValues`]: {
    call: async (d, allowed) => ({
      path: "/admin/sodertalje",
      form: { id: `${await draftIndicator(d.sodertalje, allowed)}`, version: "1", rows: "a", "rows.a.year": "2024", "rows.a.total": "50" },
    }),
  },
  [`${indicators}#importFromKolada`]: {
    call: async (d) => ({
      path: "/admin/sodertalje",
      bound: [d.sodertalje],
      file: { name: "kolada.json", buffer: await readFile(path.resolve("tests/fixtures/kolada/synthetic-n00945.json")) },
    }),
  },
};

// NOTE: Södertälje's own period belongs to the follow-up story (one open period at a time), so the period
// and row actions are tried on a period Katrineholm's administrator opens here, by Södertälje's people.
/** Periods, rows and sign-off: Katrineholm's, tried by Södertälje's administrator, reviewer and area editor. */
export const periodReplays: Partial<Record<ActionKey, ReplayCase>> = {
  [`${followUp}#addPeriod`]: {
    call: async (d) => ({
      path: "/admin/katrineholm",
      bound: ["katrineholm"],
      form: { municipalityId: `${d.katrineholm}`, title: "Obehörig period", slug: "obehorig", startsOn: "2031-01-01", endsOn: "2031-12-31" },
    }),
  },
  [`${followUp}#publish`]: {
    call: async (d, allowed) => ({
      path: "/admin/katrineholm",
      bound: ["katrineholm"],
      form: { id: `${await openPeriod(d.katrineholm, allowed)}`, version: "1" },
    }),
  },
  [`${followUp}#reopen`]: {
    call: async (d, allowed) => ({
      path: "/admin/katrineholm",
      bound: ["katrineholm"],
      form: { id: `${await openPeriod(d.katrineholm, allowed)}`, version: "1" },
    }),
  },
  [`${followUp}#cancel`]: {
    call: async (d, allowed) => ({
      path: "/admin/katrineholm",
      bound: ["katrineholm"],
      form: { id: `${await openPeriod(d.katrineholm, allowed)}`, version: "1" },
    }),
  },
  [`${followUp}#signOff`]: {
    call: async (d, allowed) => ({
      path: "/admin/katrineholm",
      form: { periodId: `${await openPeriod(d.katrineholm, allowed)}`, areaId: `${d.otherArea}`, ready: "true" },
    }),
  },
  [`${followUp}#saveActionTable`]: {
    call: async (d, allowed) => {
      const action = await katrineholmRecord("Action", d, allowed);
      return {
        path: "/admin/katrineholm",
        form: {
          periodId: `${await openPeriod(d.katrineholm, allowed)}`,
          rows: `${action}`,
          [`rows.${action}.version`]: "0",
          [`rows.${action}.status`]: "DONE",
        },
      };
    },
  },
  [`${followUp}#saveGoalTable`]: {
    call: async (d, allowed) => {
      const goal = await katrineholmRecord("Goal", d, allowed);
      return {
        path: "/admin/katrineholm",
        form: { periodId: `${await openPeriod(d.katrineholm, allowed)}`, rows: `${goal}`, [`rows.${goal}.version`]: "0", [`rows.${goal}.assessment`]: "MET" },
      };
    },
  },
};

type Allowed = Parameters<ReplayCase["call"]>[1];

/** A draft indicator Södertälje's administrator adds for these calls (a draft shows on no public page). */
async function draftIndicator(municipalityId: number, allowed: Allowed) {
  const name = "Omspelad indikator";
  const find = () => query<{ id: number }>(`SELECT id FROM "Indicator" WHERE "municipalityId" = $1 AND name = $2`, [municipalityId, name]);
  if (!(await find()).length)
    // Posted to the page that holds the action, as a browser does: Next.js's forwarding of an action from
    // another page depends on the order of its manifest under [locale] (decision 130).
    await allowed(`${indicators}#addIndicator`, {
      path: "/admin/sodertalje/indikatorer/ny",
      bound: ["sodertalje"],
      form: { municipalityId: `${municipalityId}`, ...indicator, name },
    });
  return (await find())[0]!.id;
}

/** Katrineholm's open period, opened by its administrator unless one is open already. */
async function openPeriod(municipalityId: number, allowed: Allowed) {
  const find = () => query<{ id: number }>(`SELECT id FROM "FollowUpPeriod" WHERE "municipalityId" = $1 AND status = 'OPEN'`, [municipalityId]);
  if (!(await find()).length) {
    await allowed(`${followUp}#addPeriod`, {
      path: "/admin/katrineholm/uppfoljning",
      bound: ["katrineholm"],
      form: { municipalityId: `${municipalityId}`, title: "Uppföljning 2030", slug: "2030", startsOn: "2030-01-01", endsOn: "2030-12-31" },
    });
  }
  return (await find())[0]!.id;
}

/** Katrineholm's plans have no goals or actions: its administrator adds one of each (drafts) in its first area. */
async function katrineholmRecord(table: "Goal" | "Action", d: DemoIds, allowed: Allowed) {
  const find = () => query<{ id: number }>(`SELECT id FROM "${table}" WHERE "areaId" = $1 AND title = 'Omspelad'`, [d.otherArea]);
  if (!(await find()).length) {
    const [key, fields] =
      table === "Goal" ? (["mal/actions.ts#addGoal", { code: "X99" }] as const) : (["atgard/actions.ts#addAction", { number: "99" }] as const);
    await allowed(`app/[locale]/admin/[municipality]/${key}`, {
      path: "/admin/katrineholm",
      bound: ["katrineholm"],
      form: { areaId: `${d.otherArea}`, title: "Omspelad", ...fields },
    });
  }
  return (await find())[0]!.id;
}
