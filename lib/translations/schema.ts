import { z } from "@/lib/validation";

/**
 * Finnish and English versions of a record's title and texts (docs/decisions/131). Swedish stays in the
 * record's own columns; a translation holds only the fields given, and a language only when it has one.
 */
export const translatedLocales = ["fi", "en"] as const;
export type TranslatedLocale = (typeof translatedLocales)[number];
export type Translations = Partial<Record<TranslatedLocale, Record<string, string>>>;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** Empty fields and languages are left out, so "no translation" has one form only (`{}`). */
function withoutEmpty(value: unknown): unknown {
  if (!isObject(value)) return value;
  const kept: Record<string, unknown> = {};
  for (const [locale, fields] of Object.entries(value)) {
    if (!isObject(fields)) {
      kept[locale] = fields;
      continue;
    }
    const given = Object.entries(fields).filter(([, text]) => !(typeof text === "string" && text.trim() === "") && text !== null && text !== undefined);
    if (given.length > 0) kept[locale] = Object.fromEntries(given);
  }
  return kept;
}

/**
 * A kind's translations, validated with the rules of its Swedish fields (passed in, so a content file, a
 * form and the API refuse the same things): `translationsOf({ title: text(500), text: markdown })`.
 */
export function translationsOf<Shape extends Record<string, z.ZodType<string | undefined>>>(fields: Shape) {
  const language = z.strictObject(fields).partial();
  return z.preprocess(withoutEmpty, z.strictObject({ fi: language.optional(), en: language.optional() })).optional();
}

/** The translatable fields of each kind, in the order forms, exports and the search read them. */
export const translatableFields = {
  document: ["title", "subtitle", "summary"],
  section: ["heading", "body"],
  area: ["title", "subtitle", "description", "direction"],
  goal: ["title", "text"],
  action: ["title", "text"],
} as const;
export type TranslatableKind = keyof typeof translatableFields;

const FLAT_KEY = /^translations\.(fi|en)\.([A-Za-z]+)$/;

/** One field of a translation as a form posts it and a revision stores it: "translations.en.title". */
export const translationKey = (locale: TranslatedLocale, field: string) => `translations.${locale}.${field}`;

/**
 * A translation as flat fields, one per language and field (`{ "translations.en.title": "…" }`): what a
 * revision stores, so history and conflicts name the very field that changed (docs/decisions/132).
 */
export function translationSnapshot(translations: Translations | undefined): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const locale of translatedLocales) {
    for (const [field, text] of Object.entries(translations?.[locale] ?? {})) flat[translationKey(locale, field)] = text;
  }
  return flat;
}

/**
 * Flat "translations.<lang>.<field>" keys (a posted form, a restored revision) folded into the
 * `translations` object the schemas validate. Where there are any, they are the whole translation, as
 * every other field of a form is; input without them is returned as it was.
 */
export function foldTranslationKeys(input: unknown): unknown {
  if (!isObject(input) || !Object.keys(input).some((key) => FLAT_KEY.test(key))) return input;
  const rest: Record<string, unknown> = {};
  const translations: Record<string, Record<string, unknown>> = {};
  for (const [key, value] of Object.entries(input)) {
    const [, locale, field] = FLAT_KEY.exec(key) ?? [];
    if (locale && field) (translations[locale] ??= {})[field] = value;
    else if (key !== "translations") rest[key] = value;
  }
  return { ...rest, translations };
}

/** A command's schema that also takes translations as flat keys (the admin form's field names). */
export const withTranslationKeys = <Schema extends z.ZodType>(schema: Schema) => z.preprocess(foldTranslationKeys, schema);

/** The stored column as the application reads it: only non-empty strings of the known languages. */
export function storedTranslations(value: unknown): Translations {
  const stored: Translations = {};
  if (!isObject(value)) return stored;
  for (const locale of translatedLocales) {
    const fields = value[locale];
    if (!isObject(fields)) continue;
    const texts = Object.entries(fields).filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "");
    if (texts.length > 0) stored[locale] = Object.fromEntries(texts);
  }
  return stored;
}

/** What a command writes to the column: the validated translations, `{}` when none. */
export const translationsColumn = (translations: Translations | undefined): Translations => storedTranslations(translations ?? {});

/** A row's translations as a content file writes them: languages and fields in a fixed order, absent when none. */
export function fileTranslations(kind: TranslatableKind, value: unknown): Translations | undefined {
  const stored = storedTranslations(value);
  const ordered: Translations = {};
  for (const locale of translatedLocales) {
    const texts = translatableFields[kind].flatMap((field) => (stored[locale]?.[field] ? [[field, stored[locale][field]] as const] : []));
    if (texts.length > 0) ordered[locale] = Object.fromEntries(texts);
  }
  return Object.keys(ordered).length > 0 ? ordered : undefined;
}

/**
 * The translations of an open-data record (docs/decisions/134): `{ "en": { "title": "…" } }`, only the
 * languages and fields that have a text, `{}` when none. Described by `openDataTranslations(kind)`.
 */
export const openDataTranslations = (kind: TranslatableKind, value: unknown): Translations => fileTranslations(kind, value) ?? {};

/** The JSON Schema side of `openDataTranslations`: per language an object of the kind's translatable fields. */
export function openDataTranslationsSchema(kind: TranslatableKind) {
  const language = z.strictObject(Object.fromEntries(translatableFields[kind].map((field) => [field, z.string().optional()])));
  return z
    .object({ fi: language.optional().meta({ description: "Finska" }), en: language.optional().meta({ description: "Engelska" }) })
    .meta({ description: "Översättningar av titel och texter, bara de som finns; saknas en översättning gäller den svenska texten" });
}
