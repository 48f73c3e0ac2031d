import { z } from "zod";
import type { Message, MessageKey } from "@/lib/i18n/message";
import { SLUG_PATTERN } from "@/lib/slug";
import { ActionStatus } from "@/lib/generated/prisma/enums";

/**
 * Query parameters shared by the public pages and the open-data API, one schema per name, so a
 * filter means the same everywhere. Each parameter is checked on its own: a page drops an unusable
 * one and says why in its language, the API answers 400 with the same message in Swedish. Messages
 * are catalogue keys (lib/i18n/message.ts).
 */

const slug = (message: MessageKey) => z.string().max(100, message).regex(SLUG_PATTERN, message);
const integer = (min: number, max: number, message: MessageKey) =>
  z
    .string()
    .regex(/^\d{1,6}$/, message)
    .transform(Number)
    .pipe(z.number().int().min(min, message).max(max, message));

export const actionStatuses = Object.values(ActionStatus);
export type ActionStatusValue = (typeof actionStatuses)[number];

export const MAX_PAGE = 10_000;
export const MAX_PER_PAGE = 1_000;

/** Free text: no control characters (PostgreSQL refuses NUL in text; none belongs in a query). */
export const freeText = (max: number, message: MessageKey) =>
  z
    .string()
    .max(max, message)
    .regex(/^[^\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]*$/, message);

/** A calendar date the portal can hold: `ÅÅÅÅ-MM-DD`, years 1900–2999 (year 0 is not a date PostgreSQL stores). */
const date = (message: MessageKey) => z.iso.date(message).refine((d) => d >= "1900-01-01" && d <= "2999-12-31", message);

export const params = {
  kommun: slug("params.kommun"),
  dokument: slug("params.dokument"),
  omrade: slug("params.omrade"),
  period: slug("params.period"),
  indikator: slug("params.indikator"),
  agenda: integer(1, 17, "params.agenda"),
  status: z.enum(actionStatuses, { error: "params.status" }),
  sida: integer(1, MAX_PAGE, "params.sida"),
  antal: integer(1, MAX_PER_PAGE, "params.antal"),
  sedan: date("followUp.changes.invalidDate"),
} as const;

export type ParamShape = Record<string, z.ZodType<unknown, string>>;
export type ParsedParams<S extends ParamShape> = { [K in keyof S]?: z.output<S[K]> };
/** A parameter that could not be used, and why: a catalogue key, or a zod issue's own text (translateMessage). */
export type ParamProblem = { param: string; message: Message | string };

type RawParams = URLSearchParams | Record<string, string | string[] | undefined>;

function first(raw: RawParams, name: string): string | undefined {
  const value = raw instanceof URLSearchParams ? (raw.get(name) ?? undefined) : raw[name];
  const one = Array.isArray(value) ? value[0] : value;
  const trimmed = one?.trim();
  return trimmed ? trimmed : undefined;
}

/** Reads the named parameters (first value of each; empty counts as unset), keeping the usable ones. */
export function parseParams<S extends ParamShape>(shape: S, raw: RawParams): { values: ParsedParams<S>; problems: ParamProblem[] } {
  const values: Record<string, unknown> = {};
  const problems: ParamProblem[] = [];
  for (const [name, schema] of Object.entries(shape)) {
    const value = first(raw, name);
    if (value === undefined) continue;
    const result = schema.safeParse(value);
    if (result.success) values[name] = result.data;
    else problems.push({ param: name, message: result.error.issues[0]?.message ?? "params.invalid" });
  }
  return { values: values as ParsedParams<S>, problems };
}

/** Builds a query string from parameter values, leaving out unset ones, in a stable order. */
export function toQueryString(values: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value !== undefined && value !== null && value !== "") search.set(name, String(value));
  const text = search.toString();
  return text ? `?${text}` : "";
}
