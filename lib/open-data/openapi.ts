import { z } from "zod";
import { env } from "@/lib/env";
import { sv } from "@/lib/i18n/sv";
import { paths } from "@/lib/paths";
import { actionStatuses, MAX_PAGE, MAX_PER_PAGE } from "@/lib/filters/schema";
import { datasets, type Dataset } from "./datasets";
import { DEFAULT_PER_PAGE, paramShape } from "./respond";

const slugParameter = { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$", maxLength: 100 };

/** How each query parameter is documented; the values are checked by lib/filters/schema.ts. */
const parameterDocs: Record<string, { description: string; schema: Record<string, unknown> }> = {
  kommun: { description: "Kommunens kortadress, t.ex. sodertalje", schema: slugParameter },
  dokument: { description: "Styrdokumentets kortadress", schema: slugParameter },
  omrade: { description: "Områdets kortadress", schema: slugParameter },
  period: { description: "Uppföljningsperiodens kortadress, t.ex. 2025", schema: slugParameter },
  indikator: { description: "Indikatorns kortadress", schema: slugParameter },
  agenda: { description: "Globalt mål i Agenda 2030 (1–17)", schema: { type: "integer", minimum: 1, maximum: 17 } },
  status: { description: "Status i uppföljningen (för åtgärder: i senaste publicerade uppföljning)", schema: { type: "string", enum: actionStatuses } },
  sida: { description: "Sidnummer, från 1", schema: { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 } },
  antal: { description: "Rader per sida", schema: { type: "integer", minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE } },
};

const pascal = (name: string) => name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function rowSchema(dataset: Dataset) {
  const { $schema: _, ...schema } = z.toJSONSchema(dataset.record, { target: "draft-2020-12" });
  return schema;
}

const errorResponse = {
  description: sv.params.invalid,
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
          properties: { code: { type: "string" }, message: { type: "string", description: "Felet på svenska" } },
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
    schemas[`${name}Row`] = rowSchema(dataset);
    schemas[`${name}Page`] = {
      type: "object",
      required: ["data", "meta", "links"],
      additionalProperties: false,
      properties: { data: { type: "array", items: ref(`${name}Row`) }, meta: ref("PageMeta"), links: ref("PageLinks") },
    };
    const parameters = Object.keys(paramShape(dataset)).map((p) => ({ name: p, in: "query", required: false, ...parameterDocs[p] }));
    const operation = (format: "json" | "csv") => ({
      operationId: `${dataset.name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase())}${format === "json" ? "Json" : "Csv"}`,
      summary: `${dataset.title} (${format.toUpperCase()})`,
      description: dataset.description,
      tags: [sv.openData.title],
      parameters,
      responses: {
        "200": {
          description: dataset.title,
          headers: {
            "X-Total-Count": { description: "Antal rader i hela listan", schema: { type: "integer" } },
            Link: { description: "Adresser till första, sista, nästa och föregående sida (RFC 8288)", schema: { type: "string" } },
          },
          content:
            format === "json"
              ? { "application/json": { schema: ref(`${name}Page`) } }
              : { "text/csv": { schema: { type: "string", description: `Kolumner: ${Object.keys(dataset.record.shape).join(", ")}` } } },
        },
        "400": errorResponse,
        "404": { description: sv.params.pastLastPageDoc, content: { "application/json": { schema: ref("Error") } } },
      },
    });
    apiPaths[paths.openDataList(dataset.name, "json")] = { get: operation("json") };
    apiPaths[paths.openDataList(dataset.name, "csv")] = { get: operation("csv") };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: `${sv.site.name} – ${sv.openData.title}`,
      version: "1.0.0",
      description: `${sv.openData.lead} ${sv.openData.paging}`,
      license: { name: "CC0 1.0", identifier: "CC0-1.0" },
    },
    servers: [{ url: env.SITE_URL }],
    tags: [{ name: sv.openData.title }],
    paths: apiPaths,
    components: { schemas },
  };
}
