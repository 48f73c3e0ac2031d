import type { ActionStatus, DocumentKind, Gender, GoalAssessmentValue, IndicatorValueType } from "@/lib/generated/prisma/enums";
import { actionSlug, areaSlug, goalSlug, nameSlug } from "@/lib/content/slugs";
import { createRandom, seedFrom, type Random } from "./random";
import { syntheticMunicipality } from "./synthetic";
import {
  areaTemplates,
  assessmentAnalyses,
  followUpComments,
  notAssessableReasons,
  partners,
  responsibleBodies,
  responsibleRoles,
  type AreaTemplate,
  type IndicatorTemplate,
} from "./vocabulary";

/** The follow-up years every synthetic municipality has, all published. */
export const FOLLOW_UP_YEARS = [2021, 2022, 2023, 2024, 2025] as const;
const AREAS = 6;
const GOALS = 15;
const MIN_ACTIONS = 30;
const MAX_ACTIONS = 40;
const GOAL_CODES = "ABCDEFGHIJKLMNO";

export type SyntheticGoal = {
  slug: string;
  code: string;
  title: string;
  text: string;
  agenda2030: number[];
  publicHealth: number[];
  assessments: { period: string; assessment: GoalAssessmentValue; analysis: string }[];
};

export type SyntheticFollowUp = {
  period: string;
  status: ActionStatus;
  reason: string | null;
  progress: number | null;
  comment: string;
  responsiblePerson: string;
  reportedOn: Date;
};

export type SyntheticAction = {
  slug: string;
  number: string;
  title: string;
  text: string;
  /** Codes of the strategy's goals this action serves. */
  goals: string[];
  responsible: string[];
  partners: string[];
  agenda2030: number[];
  followUps: SyntheticFollowUp[];
};

export type SyntheticArea = Pick<AreaTemplate, "title" | "subtitle" | "direction" | "focus" | "agenda2030" | "publicHealth"> & {
  slug: string;
  number: string;
  goals: SyntheticGoal[];
  actions: SyntheticAction[];
};

export type SyntheticDocument = {
  slug: string;
  kind: DocumentKind;
  title: string;
  summary: string;
  registrationNumber: string;
  adoptedOn: Date;
  validUntil: Date;
  periodStart: number;
  periodEnd: number;
  sections: { heading: string; body: string }[];
  areas: SyntheticArea[];
};

export type SyntheticIndicator = {
  slug: string;
  name: string;
  description: string;
  unit: string;
  valueType: IndicatorValueType;
  higherIsBetter: boolean;
  targetValue: number;
  targetYear: number;
  /** Codes of the strategy's goals it measures. */
  goals: string[];
  values: { year: number; gender: Gender; national: boolean; value: number }[];
};

export type SyntheticMunicipality = {
  slug: string;
  name: string;
  code: string;
  intro: string;
  organisations: { slug: string; name: string }[];
  strategy: SyntheticDocument;
  plan: SyntheticDocument;
  periods: { slug: string; title: string; startsOn: Date; endsOn: Date; publishedAt: Date }[];
  indicators: SyntheticIndicator[];
};

export const STRATEGY_SLUG = "strategi-social-hallbarhet-2021-2030";
export const PLAN_SLUG = "handlingsplan-social-hallbarhet-2021-2026";

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const round = (value: number, valueType: IndicatorValueType) => (valueType === "INTEGER" ? Math.max(0, Math.round(value)) : Math.round(value * 10) / 10);

/** Splits `total` (at most `parts × max`) into `parts` counts between `min` and `max`. */
function split(random: Random, total: number, parts: number, min: number, max: number): number[] {
  const counts = Array.from({ length: parts }, () => min);
  for (let rest = total - min * parts; rest > 0; rest--) {
    const open = counts.flatMap((count, i) => (count < max ? [i] : []));
    counts[random.pick(open)]!++;
  }
  return counts;
}

/**
 * One synthetic municipality, from its number and the data set's seed alone: the same input gives
 * the same municipality, and the first n municipalities of any run are the same.
 */
export function generateMunicipality(index: number, seed: string): SyntheticMunicipality {
  const random = createRandom(seedFrom(`${seed}:${index}`));
  const { slug, name, code } = syntheticMunicipality(index);
  const templates = random.sample(areaTemplates, AREAS);
  const bodies = random.sample(responsibleBodies, random.int(5, responsibleBodies.length));
  const partnerNames = random.sample(partners, random.int(2, 4));
  const organisations = [...bodies, ...partnerNames].map((n) => ({ slug: nameSlug({ name: n }), name: n }));

  const goalCounts = split(random, GOALS, AREAS, 2, 3);
  const actionCounts = split(random, random.int(MIN_ACTIONS, MAX_ACTIONS), AREAS, 5, 7);
  let nextGoal = 0;
  const goalsByArea = templates.map((template, a) =>
    random.sample(template.goals, goalCounts[a]!).map((title) => {
      const goalCode = GOAL_CODES[nextGoal++]!;
      return makeGoal(random, template, goalCode, title);
    }),
  );

  const strategyAreas = templates.map((template, a) => makeArea(random, template, a, goalsByArea[a]!, []));
  const planAreas = templates.map((template, a) => {
    const areaNumber = String(a + 1);
    const actions = random
      .sample(template.actions, actionCounts[a]!)
      .map((title, i) => makeAction(random, { title, number: String(i + 1), areaNumber }, goalsByArea, a, bodies, partnerNames));
    return makeArea(random, template, a, [], actions);
  });

  const adopted = random.int(2019, 2020);
  const strategy: SyntheticDocument = {
    slug: STRATEGY_SLUG,
    kind: "STRATEGY",
    title: "Strategi för social hållbarhet 2021–2030",
    summary: `${name} är en syntetisk kommun för prestandatester. Strategin har sex målområden och femton mål som följs upp varje år.`,
    registrationNumber: `KS ${adopted - 2000}/${random.int(100, 999)}`,
    adoptedOn: date(`${adopted}-${String(random.int(3, 11)).padStart(2, "0")}-15`),
    validUntil: date("2030-12-31"),
    periodStart: 2021,
    periodEnd: 2030,
    sections: [
      { heading: "Om strategin", body: `Strategin beskriver hur ${name} ska arbeta för social hållbarhet.\n\n*Syntetiskt innehåll för prestandatester.*` },
      { heading: "Uppföljning", body: "Målen följs upp varje år med indikatorer och en samlad bedömning per mål." },
    ],
    areas: strategyAreas,
  };
  const plan: SyntheticDocument = {
    slug: PLAN_SLUG,
    kind: "ACTION_PLAN",
    title: "Handlingsplan för social hållbarhet 2021–2026",
    summary: `Handlingsplanen konkretiserar strategin med åtgärder för varje målområde. Syntetiskt innehåll för prestandatester.`,
    registrationNumber: `KS ${adopted - 1999}/${random.int(100, 999)}`,
    adoptedOn: date(`${adopted + 1}-02-10`),
    validUntil: date("2026-12-31"),
    periodStart: 2021,
    periodEnd: 2026,
    sections: [{ heading: "Om handlingsplanen", body: "Varje åtgärd har en ansvarig nämnd och följs upp årligen." }],
    areas: planAreas,
  };

  return {
    slug,
    name,
    code,
    intro: `**${name} är ingen riktig kommun.** Allt innehåll här är syntetiska testdata som används för att mäta portalens prestanda.`,
    organisations,
    strategy,
    plan,
    periods: FOLLOW_UP_YEARS.map((year) => ({
      slug: String(year),
      title: `Uppföljning ${year}`,
      startsOn: date(`${year}-01-01`),
      endsOn: date(`${year}-12-31`),
      publishedAt: date(`${year + 1}-03-31`),
    })),
    indicators: templates.flatMap((template, a) => makeIndicators(random, template, goalsByArea[a]!)),
  };
}

function makeArea(random: Random, t: AreaTemplate, a: number, goals: SyntheticGoal[], actions: SyntheticAction[]): SyntheticArea {
  const number = String(a + 1);
  return {
    slug: areaSlug({ number, title: t.title }),
    number,
    title: t.title,
    subtitle: t.subtitle,
    direction: t.direction,
    focus: t.focus,
    agenda2030: random.sample(t.agenda2030, random.int(1, t.agenda2030.length)).sort((x, y) => x - y),
    publicHealth: t.publicHealth,
    goals,
    actions,
  };
}

function makeGoal(random: Random, t: AreaTemplate, code: string, title: string): SyntheticGoal {
  let level = random.next();
  return {
    slug: goalSlug({ code, title }),
    code,
    title,
    text: `${title}. Målet följs upp varje år med indikatorer och en samlad bedömning av utvecklingen.`,
    agenda2030: random.sample(t.agenda2030, random.int(1, 2)).sort((x, y) => x - y),
    publicHealth: random.chance(0.6) ? [random.pick(t.publicHealth)] : [],
    assessments: FOLLOW_UP_YEARS.map((year) => {
      level = Math.min(1, level + random.next() * 0.3);
      const assessment: GoalAssessmentValue = random.chance(0.05) ? "NOT_ASSESSED" : level > 0.85 ? "MET" : level > 0.45 ? "PARTLY_MET" : "NOT_MET";
      return { period: String(year), assessment, analysis: random.pick(assessmentAnalyses[assessment]) };
    }),
  };
}

function makeAction(
  random: Random,
  item: { title: string; number: string; areaNumber: string },
  goalsByArea: SyntheticGoal[][],
  area: number,
  bodies: string[],
  partnerNames: string[],
): SyntheticAction {
  const ownGoals = goalsByArea[area]!.map((g) => g.code);
  const otherGoal = random.chance(0.3) ? [random.pick(goalsByArea.flat()).code] : [];
  const responsible = random.sample(bodies, random.int(1, 2));
  return {
    slug: actionSlug({ number: item.number, title: item.title }, item.areaNumber),
    number: item.number,
    title: item.title,
    text: `${item.title}. Åtgärden genomförs av ${responsible.join(" och ")} och följs upp varje år.`,
    goals: [...new Set([...random.sample(ownGoals, random.int(1, ownGoals.length)), ...otherGoal])].sort(),
    responsible: responsible.map((n) => nameSlug({ name: n })),
    partners: random.sample(partnerNames, random.int(0, 2)).map((n) => nameSlug({ name: n })),
    agenda2030: random.chance(0.7) ? [random.int(1, 17)] : [],
    followUps: makeFollowUps(random, responsible[0]!),
  };
}

/** A plausible life of an action over the follow-up years: not started, in progress, then done, delayed or cancelled. */
function makeFollowUps(random: Random, body: string): SyntheticFollowUp[] {
  const start = random.int(0, 2);
  const duration = random.int(1, 4);
  const fate = random.pick(["done", "done", "done", "delayed", "ongoing", "cancelled"] as const);
  const person = `${random.pick(responsibleRoles)}, ${body}`;
  return FOLLOW_UP_YEARS.map((year, y) => {
    const elapsed = y - start + 1;
    let status: ActionStatus;
    let progress: number | null;
    if (elapsed <= 0) [status, progress] = ["NOT_STARTED", 0];
    else if (fate === "done" && elapsed > duration) [status, progress] = ["DONE", 100];
    else if (fate === "cancelled" && elapsed >= 2) [status, progress] = ["CANCELLED", null];
    else if (fate === "delayed" && elapsed >= 2) [status, progress] = ["DELAYED", Math.min(80, elapsed * 15)];
    else [status, progress] = ["IN_PROGRESS", Math.min(90, Math.round((100 * elapsed) / (duration + 1)))];
    if (random.chance(0.03)) [status, progress] = ["NOT_ASSESSABLE", null];
    return {
      period: String(year),
      status,
      reason: status === "NOT_ASSESSABLE" ? random.pick(notAssessableReasons) : null,
      progress,
      comment: random.pick(followUpComments[status]),
      responsiblePerson: person,
      reportedOn: date(`${year + 1}-02-${String(random.int(1, 28)).padStart(2, "0")}`),
    };
  });
}

/** The whole country's value of an indicator in a year: the same in every synthetic municipality. */
function nationalSeries(t: IndicatorTemplate): number[] {
  const random = createRandom(seedFrom(t.slug));
  const drift = (random.next() - 0.5) * 0.04;
  return FOLLOW_UP_YEARS.map((_, y) => (t.national ?? t.typical) * (1 + drift * y));
}

function makeIndicators(random: Random, t: AreaTemplate, goals: SyntheticGoal[]): SyntheticIndicator[] {
  return random.sample(t.indicators, random.int(1, t.indicators.length)).map((template) => {
    const national = nationalSeries(template);
    const offset = 1 + (random.next() - 0.5) * 0.3;
    const trend = (random.next() - 0.4) * 0.03;
    const genderGap = (random.next() - 0.5) * 0.1;
    const values: SyntheticIndicator["values"] = [];
    FOLLOW_UP_YEARS.forEach((year, y) => {
      const total = national[y]! * offset * (1 + trend * y) * (1 + (random.next() - 0.5) * 0.02);
      const series: [Gender, number][] = template.byGender
        ? [
            ["TOTAL", total],
            ["WOMEN", total * (1 + genderGap)],
            ["MEN", total * (1 - genderGap)],
          ]
        : [["TOTAL", total]];
      for (const [gender, value] of series) values.push({ year, gender, national: false, value: round(value, template.valueType) });
      if (template.national !== null) {
        const nationalSeriesValues: [Gender, number][] = template.byGender
          ? [
              ["TOTAL", national[y]!],
              ["WOMEN", national[y]! * 1.02],
              ["MEN", national[y]! * 0.98],
            ]
          : [["TOTAL", national[y]!]];
        for (const [gender, value] of nationalSeriesValues) values.push({ year, gender, national: true, value: round(value, template.valueType) });
      }
    });
    const start = values[0]!.value;
    const better = template.higherIsBetter ? 1.1 : 0.9;
    return {
      slug: template.slug,
      name: template.name,
      description: `${template.name}. Syntetiska värden för prestandatester, inte statistik.`,
      unit: template.unit,
      valueType: template.valueType,
      higherIsBetter: template.higherIsBetter,
      targetValue: round(Math.min(template.unit === "procent" ? 100 : Infinity, start * better), template.valueType),
      targetYear: 2030,
      goals: random
        .sample(goals, random.int(1, Math.min(2, goals.length)))
        .map((g) => g.code)
        .sort(),
      values,
    };
  });
}
