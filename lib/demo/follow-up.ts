import { readFile } from "node:fs/promises";
import path from "node:path";
import { parse } from "yaml";
import { z } from "@/lib/validation";
import type { Db } from "@/lib/db/client";
import { isoDate } from "@/lib/content/schema";
import { actionFollowUpSchema, goalAssessmentSchema } from "@/lib/followup/schema";
import { createIndicatorSchema, valueRowSchema } from "@/lib/indicators/schema";
import { tableColumns } from "@/lib/indicators/series";
import { isInventedMunicipality } from "@/lib/scale/synthetic";
import { writeFollowUp, type FollowUpSet } from "@/lib/scale/write";

/**
 * The demo's follow-up: `content/municipalities/<slug>/followup.yaml` of an invented municipality
 * (Exempelkommun), read after `content/` is imported. The content format describes plans; follow-up is
 * recorded period by period in the portal, so it has no place there. Rows are checked with the same
 * schemas the follow-up and indicator forms use, and written by the synthetic data set's writer.
 */

const date = (iso: string) => new Date(`${iso}T00:00:00Z`);
const isoDateOf = (d: Date) => d.toISOString().slice(0, 10);
const byPeriod = <T extends z.ZodType>(row: T) => z.record(z.string(), row);

const followUpFileSchema = z.strictObject({
  periods: z.array(z.strictObject({ slug: z.string(), title: z.string(), startsOn: isoDate, endsOn: isoDate, publishedOn: isoDate.optional() })).min(1),
  /** "<document>/<area>.<number>" → period → the follow-up row. */
  actions: z.record(z.string(), byPeriod(z.unknown())).default({}),
  /** "<document>/<code>" → period → the assessment. */
  goals: z.record(z.string(), byPeriod(z.unknown())).default({}),
  indicators: z.array(z.looseObject({ slug: z.string(), goals: z.array(z.string()).default([]), values: z.array(z.unknown()).default([]) })).default([]),
});

// YAML reads unquoted dates as Date objects; the schemas expect "YYYY-MM-DD" strings as the forms send them.
const plain = (value: unknown): unknown =>
  value instanceof Date
    ? value.toISOString().slice(0, 10)
    : Array.isArray(value)
      ? value.map(plain)
      : value && typeof value === "object"
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]))
        : value;

async function readFollowUpFile(file: string) {
  const source = await readFile(file, "utf8").catch(() => null);
  if (source === null) return null;
  const parsed = followUpFileSchema.safeParse(plain(parse(source)));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

async function idsOf(db: Db, municipalityId: number) {
  const [actions, goals] = await Promise.all([
    db.action.findMany({
      where: { document: { municipalityId } },
      select: { id: true, number: true, area: { select: { number: true } }, document: { select: { slug: true } } },
    }),
    db.goal.findMany({ where: { document: { municipalityId } }, select: { id: true, code: true, document: { select: { slug: true } } } }),
  ]);
  const action = new Map(actions.map((a) => [`${a.document.slug}/${[a.area.number, a.number].filter(Boolean).join(".")}`, a.id]));
  const goal = new Map(goals.map((g) => [`${g.document.slug}/${g.code}`, g.id]));
  const need = (map: Map<string, number>, key: string, file: string) => {
    const id = map.get(key);
    if (id === undefined) throw new Error(`${file}: "${key}" finns inte i kommunens dokument`);
    return id;
  };
  return { action: (key: string, file: string) => need(action, key, file), goal: (key: string, file: string) => need(goal, key, file) };
}

function followUpSet(data: z.output<typeof followUpFileSchema>, municipalityId: number, ids: Awaited<ReturnType<typeof idsOf>>, file: string): FollowUpSet {
  const periodEnd = new Map(data.periods.map((p) => [p.slug, p.endsOn]));
  const check = <T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new Error(`${file}: ${where}: ${z.prettifyError(parsed.error)}`);
    return parsed.data;
  };
  return {
    periods: data.periods.map(({ publishedOn, ...p }) => ({
      ...p,
      startsOn: date(p.startsOn),
      endsOn: date(p.endsOn),
      status: publishedOn ? "PUBLISHED" : "OPEN",
      publishedAt: publishedOn ? new Date(`${publishedOn}T09:00:00Z`) : null,
    })),
    followUps: Object.entries(data.actions).flatMap(([key, rows]) =>
      Object.entries(rows).map(([period, raw]) => {
        const { version: _version, ...row } = check(actionFollowUpSchema, { version: 0, ...(raw as object) }, `${key} ${period}`);
        return { ...row, period, actionId: ids.action(key, file), reportedOn: date(row.reportedOn ?? periodEnd.get(period) ?? isoDateOf(new Date())) };
      }),
    ),
    assessments: Object.entries(data.goals).flatMap(([key, rows]) =>
      Object.entries(rows).map(([period, raw]) => {
        const { version: _version, ...row } = check(goalAssessmentSchema, { version: 0, ...(raw as object) }, `${key} ${period}`);
        return { ...row, period, goalId: ids.goal(key, file) };
      }),
    ),
    indicators: data.indicators.map(({ slug, goals, values, ...raw }) => {
      const goalIds = goals.map((ref) => ids.goal(ref, file));
      const { municipalityId: _m, goalIds: _g, ...fields } = check(createIndicatorSchema, { ...raw, slug, municipalityId, goalIds }, slug);
      const rows = values.map((v) => check(valueRowSchema(fields.valueType), v, slug));
      return {
        ...fields,
        slug,
        goalIds,
        source: fields.source ?? "Påhittade exempeldata",
        values: rows.flatMap((row) =>
          tableColumns.flatMap(([column, gender, national]) =>
            row[column] === undefined ? [] : [{ year: row.year, gender, national, value: row[column], source: "MANUAL" as const }],
          ),
        ),
      };
    }),
  };
}

/**
 * Replaces the follow-up of every invented municipality that has a follow-up file with the file's, in
 * one transaction each. Real municipalities are never touched: their follow-up is what their
 * coordinators record. Returns the slugs loaded.
 */
export async function loadDemoFollowUp(db: Db, contentDir: string): Promise<string[]> {
  const municipalities = await db.municipality.findMany({ select: { id: true, slug: true } });
  const loaded: string[] = [];
  for (const m of municipalities.filter((m) => isInventedMunicipality(m.slug) === "example")) {
    const file = path.join(contentDir, "municipalities", m.slug, "followup.yaml");
    const data = await readFollowUpFile(file);
    if (!data) continue;
    const set = followUpSet(data, m.id, await idsOf(db, m.id), path.relative(path.dirname(contentDir), file));
    await db.$transaction(async (tx) => {
      await tx.followUpPeriod.deleteMany({ where: { municipalityId: m.id } });
      await tx.indicator.deleteMany({ where: { municipalityId: m.id } });
      await writeFollowUp(tx, m.id, set);
    });
    loaded.push(m.slug);
  }
  return loaded;
}
