import { z } from "zod";
import { env } from "@/lib/env";
import { translator } from "@/lib/i18n/translator";
import { paths } from "@/lib/paths";
import { actionStatuses, MAX_PAGE, MAX_PER_PAGE } from "@/lib/filters/schema";
import { datasets, type Dataset } from "./datasets";
import { DEFAULT_PER_PAGE, paramShape } from "./respond";

/** The API, and so its description, speaks Swedish (lib/open-data/http.ts). */
const t = translator("sv");

const slugParameter = { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength: 100 };

/** How each query parameter is documented; the values are checked by lib/filters/schema.ts. */
const parameterSchemas = {
  kommun: slugParameter,
  dokument: slugParameter,
  omrade: slugParameter,
  period: slugParameter,
  indikator: slugParameter,
  agenda: { type: "integer", minimum: 1, maximum: 17 },
  status: { type: "string", enum: actionStatuses },
  sida: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 },
  antal: { type: "integer", minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE },
} as const;
const parameterDoc = (name: keyof typeof parameterSchemas) => ({ description: t(`openData.openApi.parameters.${name}`), schema: parameterSchemas[name] });

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function rowSchema(dataset: Dataset) {
  const { $schema: _, ...schema } = z.toJSONSchema(dataset.record, { target: "draft-2020-12" });
  return schema;
}

type JsonSchema = { properties?: Record<string, JsonSchema>; anyOf?: JsonSchema[] };

/** The fields a list's optional `translations` object carries (`{ fi?: { title?, … }, en?: { … } }`), or none without one. */
export function translatedFields(row: JsonSchema): string[] {
  const inLanguage = (s: JsonSchema | undefined): string[] => [...Object.keys(s?.properties ?? {}), ...(s?.anyOf ?? []).flatMap(inLanguage)];
  const translations = row.properties?.translations;
  return [
    ...new Set(["fi", "en"].flatMap((l) => [translations?.properties?.[l], ...(translations?.anyOf ?? []).map((s) => s.properties?.[l])]).flatMap(inLanguage)),
  ];
}

const errorResponse = {
  description: t("params.invalid"),
  content: { "application/json": { schema: ref("Error") } },
};

/** The OpenAPI 3.1 description of every open-data list, generated from the lists' own schemas. */
export function openApiDocument() {
  const schemas: Record<string, unknown> = {
    Error: {
      type: "object",
      required: ["error"],
      additionalProperties: false,
      properties: {
        error: {
          type: "object",
          required: ["code", "message"],
          additionalProperties: false,
          properties: { code: { type: "string" }, message: { type: "string", description: t("openData.openApi.errorMessage") } },
        },
      },
    },
    PageMeta: {
      type: "object",
      required: ["total", "page", "perPage", "pages"],
      additionalProperties: false,
      properties: {
        total: { type: "integer", minimum: 0 },
        page: { type: "integer", minimum: 1 },
        perPage: { type: "integer", minimum: 1 },
        pages: { type: "integer", minimum: 1 },
      },
    },
    PageLinks: {
      type: "object",
      required: ["self", "first", "last", "next", "prev"],
      additionalProperties: false,
      properties: Object.fromEntries(
        ["self", "first", "last", "next", "prev"].map((k) => [
          k,
          k === "next" || k === "prev" ? { type: ["string", "null"], format: "uri" } : { type: "string", format: "uri" },
        ]),
      ),
    },
  };
  const apiPaths: Record<string, unknown> = {};
  for (const dataset of datasets) {
    const name = pascal(dataset.name);
    const row = rowSchema(dataset);
    schemas[`${name}Row`] = row;
    const translated = translatedFields(row as JsonSchema);
    const description = [
      t(dataset.description),
      ...(translated.length > 0 ? [t("openData.openApi.translatedFields", { fields: translated.join(", ") })] : []),
    ].join(" ");
    schemas[`${name}Page`] = {
      type: "object",
      required: ["data", "meta", "links"],
      additionalProperties: false,
      properties: { data: { type: "array", items: ref(`${name}Row`) }, meta: ref("PageMeta"), links: ref("PageLinks") },
    };
    const parameters = Object.keys(paramShape(dataset)).map((p) => ({
      name: p,
      in: "query",
      required: false,
      ...parameterDoc(p as keyof typeof parameterSchemas),
    }));
    const operation = (format: "json" | "csv") => ({
      operationId: `${dataset.name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}${format === "json" ? "Json" : "Csv"}`,
      summary: `${t(dataset.title)} (${format.toUpperCase()})`,
      description,
      tags: [t("openData.title")],
      parameters,
      responses: {
        "200": {
          description: t(dataset.title),
          headers: {
            "X-Total-Count": { description: t("openData.openApi.totalCount"), schema: { type: "integer" } },
            Link: { description: t("openData.openApi.link"), schema: { type: "string" } },
          },
          content:
            format === "json"
              ? { "application/json": { schema: ref(`${name}Page`) } }
              : {
                  "text/csv": {
                    schema: { type: "string", description: t("openData.openApi.csvColumns", { columns: Object.keys(dataset.record.shape).join(", ") }) },
                  },
                },
        },
        "400": errorResponse,
        "404": { description: t("params.pastLastPageDoc"), content: { "application/json": { schema: ref("Error") } } },
      },
    });
    apiPaths[paths.openDataList(dataset.name, "json")] = { get: operation("json") };
    apiPaths[paths.openDataList(dataset.name, "csv")] = { get: operation("csv") };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: `${t("site.name")} – ${t("openData.title")}`,
      version: "1.0.0",
      description: [t("openData.lead"), t("openData.paging"), t("openData.openApi.translations")].join(" "),
      license: { name: "CC0 1.0", identifier: "CC0-1.0" },
    },
    servers: [{ url: env.SITE_URL }],
    tags: [{ name: t("openData.title") }],
    paths: apiPaths,
    components: { schemas },
  };
}
