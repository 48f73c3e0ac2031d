import { setRequestLocale } from "next-intl/server";
import { isLocale, locales } from "@/lib/i18n/routing";
import { notFound } from "next/navigation";
import { z } from "zod";
import { SLUG_PATTERN } from "@/lib/slug";

/**
 * Every dynamic segment of every route, by its folder name in app/, with the one schema that checks it
 * before any query (docs/decisions/056). A segment that fails is nothing that can exist: the page
 * answers 404 in Swedish; malformed bytes (NUL, control characters, invalid UTF-8) never reach here
 * (lib/http/malformed.ts answers them 400). Names of kinds are checked by own-property or Map lookups
 * where they are used, never by indexing an object, so `__proto__` or `constructor` is simply unknown.
 * `tests/unit/route-params.test.ts` fails when a folder in app/ names a segment missing here.
 */
const slug = z.string().max(200).regex(SLUG_PATTERN);
const id = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .pipe(z.number().int().max(2_147_483_647));
/** A name from a fixed list (a kind, a table): the list's own lookup decides whether it exists. */
const name = z.string().regex(/^[a-z][a-z0-9-]{0,40}$/);

export const segments = {
  /** Only the three languages reach a page: the proxy rewrites every other address to Swedish. */
  locale: z.enum(locales),
  /** An address no route matches (app/[locale]/[...rest]): it only leads to the 404 page. */
  rest: z.array(z.string()),
  municipality: slug,
  document: slug,
  area: slug,
  goal: slug,
  action: slug,
  example: slug,
  page: slug,
  map: slug,
  period: slug,
  /** `/agenda-2030/mal-3` */
  agendaGoal: z
    .string()
    .regex(/^mal-(?:[1-9]|1[0-7])$/)
    .transform((s) => Number(s.slice(4))),
  /** `/api/v1/actions.json` */
  dataset: z.string().regex(/^[a-z][a-z0-9-]{0,40}\.(?:json|csv)$/),
  id,
  documentId: id,
  type: name,
  kind: name,
  table: name,
  /** A link sent by e-mail: 32 random bytes, base64url (lib/auth/email-tokens.ts). */
  token: z.string().regex(/^[A-Za-z0-9_-]{43}$/),
  nextauth: z.array(z.string().max(200)).max(5),
} as const;

type Segments = typeof segments;
type Parsed<P> = { [K in keyof P & keyof Segments]: z.output<Segments[K]> };

/** The route's parameters checked by their schemas, or null when any is unusable. */
export function parseRouteParams<P extends Partial<Record<keyof Segments, string | string[]>>>(params: P): Parsed<P> | null {
  const result = schemaFor(Object.keys(params)).safeParse(params);
  return result.success ? (result.data as Parsed<P>) : null;
}

/**
 * One object schema per route's set of segment names, built once: zod compiles an object schema on
 * its first parse, which cost more than the parse itself when every request built its own.
 */
const schemas = new Map<string, z.ZodType>();
function schemaFor(names: string[]): z.ZodType {
  const key = names.join("/");
  let schema = schemas.get(key);
  if (!schema) {
    schema = z.object(Object.fromEntries(names.map((k) => [k, Object.hasOwn(segments, k) ? segments[k as keyof Segments] : z.never()])));
    // Only the app's own routes' names come here, so the map stays as small as the route table.
    if (names.every((k) => Object.hasOwn(segments, k))) schemas.set(key, schema);
  }
  return schema;
}

/** A page whose only parameter is its language: it still reads it, so it is rendered once per language and cached. */
export type LocaleProps = { params: Promise<{ locale: string }> };

/**
 * For pages and layouts: the checked parameters, or the 404 page. It also tells next-intl the page's
 * language, so that whatever is rendered after it never falls back to reading request headers, which
 * would make a cached page dynamic (docs/decisions/130).
 */
export async function routeParams<P extends Partial<Record<keyof Segments, string | string[]>>>(params: Promise<P>): Promise<Parsed<P>> {
  const parsed = parseRouteParams(await params) ?? notFound();
  const { locale } = parsed as { locale?: unknown };
  if (isLocale(locale)) setRequestLocale(locale);
  return parsed;
}
