import { beforeAll, describe, expect, it, vi } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { Validator } from "@seriousme/openapi-schema-validator";
import { RdfXmlParser } from "rdfxml-streaming-parser";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { db } from "@/lib/db/client";
import { z } from "zod";
import { datasets } from "@/lib/open-data/datasets";
import { translatedFields } from "@/lib/open-data/openapi";
import * as listRoutes from "@/app/api/v1/[dataset]/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";

// The routes run here outside a Next.js server: their cached lists are read directly.
vi.mock("next/cache", async (original) => (await import("../support/next-cache")).nextCacheMock(original));
import * as dcatRoutes from "@/app/api/v1/dcat.rdf/route";
import { GET as feedRoute } from "@/app/[locale]/(public)/[municipality]/flode.atom/route";
import { resetDatabase } from "../support/database";
import { HIDDEN_WORD, seedFindability } from "../factories/findability";

const BASE = "http://localhost:3000";
const { GET: listRoute } = listRoutes;
const { GET: dcatRoute } = dcatRoutes;

beforeAll(async () => {
  await resetDatabase();
  await seedFindability(db);
});

const list = (file: string, query = "") => listRoute(new Request(`${BASE}/api/v1/${file}${query}`), { params: Promise.resolve({ dataset: file }) });
const json = async (file: string, query = "") => {
  const response = await list(file, query);
  return {
    status: response.status,
    body: (await response.json()) as { data: Record<string, unknown>[]; meta: Record<string, number>; links: Record<string, string | null> },
  };
};

async function openApi() {
  return (await (await openApiRoute()).json()) as {
    openapi: string;
    paths: Record<string, { get: { parameters: { name: string }[]; responses: Record<string, { content: Record<string, { schema: unknown }> }> } }>;
  };
}

/** A validator for one response of the published description, with $refs resolved inside it. */
async function responseValidator() {
  const document = await openApi();
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);
  ajv.addSchema(document, "openapi.json");
  return (path: string, status: string, mediaType: string) => {
    const pointer = ["paths", path, "get", "responses", status, "content", mediaType, "schema"]
      .map((p) => p.replace(/~/g, "~0").replace(/\//g, "~1"))
      .join("/");
    return ajv.compile({ $ref: `openapi.json#/${pointer}` });
  };
}

describe("the OpenAPI description", () => {
  it("is a valid OpenAPI 3.1 document describing a JSON and a CSV address for every list", async () => {
    const document = await openApi();
    const result = await new Validator().validate(document as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(datasets.flatMap((d) => [`/api/v1/${d.name}.csv`, `/api/v1/${d.name}.json`]).sort());
  });

  it("matches every list's real response, and its 400 answer", async () => {
    const validator = await responseValidator();
    for (const dataset of datasets) {
      const { status, body } = await json(`${dataset.name}.json`);
      expect(status, dataset.name).toBe(200);
      expect(body.data.length, `${dataset.name} has rows to check`).toBeGreaterThan(0);
      const validate = validator(`/api/v1/${dataset.name}.json`, "200", "application/json");
      expect(validate(body) ? [] : validate.errors, dataset.name).toEqual([]);
      // Not a vacuous pass: a row with a field the description does not know is refused.
      expect(validate({ ...body, data: [{ ...body.data[0], undocumented: 1 }] })).toBe(false);

      const bad = await list(`${dataset.name}.json`, "?sida=0");
      expect(bad.status).toBe(400);
      const validateError = validator(`/api/v1/${dataset.name}.json`, "400", "application/json");
      expect(validateError(await bad.json()) ? [] : validateError.errors).toEqual([]);
    }
  });

  it("says that a row may carry translations, and which of a list's fields they translate", async () => {
    const document = (await openApi()) as unknown as {
      info: { description: string };
      paths: Record<string, { get: { description: string } }>;
      components: { schemas: Record<string, { properties?: Record<string, unknown> }> };
    };
    expect(document.info.description).toContain("translations");
    for (const dataset of datasets) {
      const row = document.components.schemas[`${dataset.name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase())}Row`]!;
      const fields = translatedFields(row as never);
      const description = document.paths[`/api/v1/${dataset.name}.json`]!.get.description;
      if (fields.length > 0) expect(description, dataset.name).toContain(`translations kan ha fi och en med översatta värden av ${fields.join(", ")}.`);
      else expect(description, dataset.name).not.toContain("translations");
    }
    // Read from the row's own schema, whichever way zod writes an optional object.
    const translated = z.object({
      title: z.string(),
      translations: z
        .object({
          fi: z.object({ title: z.string().optional(), text: z.string().nullable().optional() }).optional(),
          en: z.object({ title: z.string() }).optional(),
        })
        .optional(),
    });
    expect(translatedFields(z.toJSONSchema(translated) as never)).toEqual(["title", "text"]);
    expect(translatedFields(z.toJSONSchema(z.object({ title: z.string() })) as never)).toEqual([]);
  });

  it("lists as parameters exactly the filters each list understands", async () => {
    const document = await openApi();
    const names = (path: string) => document.paths[path]!.get.parameters.map((p) => p.name);
    expect(names("/api/v1/actions.json")).toEqual(["kommun", "dokument", "omrade", "agenda", "status", "sida", "antal"]);
    expect(names("/api/v1/indicator-values.csv")).toEqual(["kommun", "indikator", "sida", "antal"]);
  });
});

describe("CSV", () => {
  it("has the same columns as the JSON rows, one line per row, quoted where needed", async () => {
    for (const dataset of datasets) {
      const response = await list(`${dataset.name}.csv`);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      const text = await response.text();
      const [header] = text.split("\r\n");
      expect(header).toBe(Object.keys(dataset.record.shape).join(","));
      expect(Number(response.headers.get("x-total-count"))).toBe((await json(`${dataset.name}.json`)).body.meta.total);
    }
    const actions = await (await list("actions.csv", "?kommun=provkommun&omrade=1-en-god-start-i-livet")).text();
    expect(actions).toContain(",Insatsen ger trygghet på fritiden.,"); // no comma or quote inside: no quotes needed
    expect(actions).toMatch(/,Kultur- och fritidsnämnden,/);
  });
});

describe("filters and paging", () => {
  const ids = async (file: string, query: string) => (await json(file, query)).body.data.map((r) => r.title ?? r.name ?? r.id);

  it("filter by municipality, document, area, Agenda 2030 goal and status like the pages", async () => {
    expect(await ids("actions.json", "?kommun=annanstad")).toEqual(["Barnen först"]);
    expect(await ids("goals.json", "?kommun=provkommun&dokument=strategi&omrade=2-ett-liv-fritt-fran-vald")).toEqual(["Minska våld i nära relationer"]);
    expect(await ids("areas.json", "?agenda=4")).toEqual(["Trygga barn", "En god start i livet"]); // by id: Annanstad was imported first
    expect(await ids("actions.json", "?status=DELAYED")).toEqual(["Ökad trygghet i skolan"]);
    expect((await json("action-follow-ups.json", "?status=DELAYED")).body.data.map((r) => r.comment)).toEqual(["Förseningen beror på rekryteringen."]);
    expect((await json("indicator-values.json", "?indikator=barnfattigdom")).body.meta.total).toBe(3);
    expect((await json("actions.json", "?kommun=atlantis")).body).toMatchObject({ data: [], meta: { total: 0, pages: 1 } });
  });

  it("pages with stable order and links, and answers 404 naming the last page past it", async () => {
    const first = await json("goals.json", "?antal=1");
    expect(first.body.meta).toEqual({ total: 2, page: 1, perPage: 1, pages: 2 });
    expect(first.body.links).toMatchObject({ prev: null, next: `${BASE}/api/v1/goals.json?sida=2&antal=1`, last: `${BASE}/api/v1/goals.json?sida=2&antal=1` });
    const second = await json("goals.json", "?antal=1&sida=2");
    expect(second.body.data[0]!.id).not.toBe(first.body.data[0]!.id);
    expect(second.body.links.next).toBeNull();
    const beyond = await list("goals.json", "?antal=1&sida=99");
    expect(beyond.status).toBe(404);
    expect(await beyond.json()).toEqual({ error: { code: "page_out_of_range", message: "Sidan finns inte: listan har 2 sidor." } });
    // An empty list still has its one, empty, first page.
    expect((await json("actions.json", "?kommun=atlantis")).status).toBe(200);
    expect((await list("goals.csv", "?antal=1")).headers.get("link")).toContain('rel="next"');
  });

  it.each([
    ["?sida=0", "sida"],
    ["?sida=abc", "sida"],
    ["?antal=5000", "antal"],
    ["?agenda=18", "agenda"],
    ["?status=klar", "status"],
    ["?kommun=%27%3B%20DROP%20TABLE", "kommun"],
    ["?omrade=" + "a".repeat(300), "omrade"],
  ])("answers 400 with a Swedish message for %s", async (query, param) => {
    const response = await list("actions.json", query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe("invalid_parameter");
    expect(body.error.message).toMatch(new RegExp(`^${param}: [A-ZÅÄÖ].+`));
  });

  it("answers 404 for an unknown list, and 400 naming every unknown parameter", async () => {
    const response = await list("secrets.json");
    expect(response.status).toBe(404);
    expect(((await response.json()) as { error: { message: string } }).error.message).toMatch(/Det finns ingen sådan lista/);
    expect((await list("actions.xml")).status).toBe(404);
    const unknown = await list("goals.json", "?kommmun=provkommun&foo=1&foo=2&sida=1");
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { message: string } }).error.message).toBe(
      "kommmun: Okänd parameter. Adressen förstår: kommun, dokument, omrade, agenda, sida, antal. foo: Okänd parameter. Adressen förstår: kommun, dokument, omrade, agenda, sida, antal.",
    );
    expect((await dcatRoute(new Request(`${BASE}/api/v1/dcat.rdf?kommune=provkommun`))).status).toBe(400);
  });

  it("answers a write with 405 and the Allow header RFC 9110 requires", async () => {
    for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
      const response = await listRoutes[method]();
      expect(response.status, method).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
    }
    expect((await dcatRoutes.POST()).headers.get("allow")).toBe("GET, HEAD, OPTIONS");
  });
});

describe("what the public must never see", () => {
  it("no list, in any format, contains a draft, archived or unpublished row", async () => {
    for (const dataset of datasets) {
      for (const format of ["json", "csv"]) {
        const text = await (await list(`${dataset.name}.${format}`, "?antal=1000")).text();
        expect(text, `${dataset.name}.${format}`).not.toMatch(HIDDEN_WORD);
      }
    }
    expect((await json("action-follow-ups.json")).body.data.every((r) => r.period === "2025")).toBe(true);
    expect((await json("goal-assessments.json")).body.data.map((r) => r.analysis)).toEqual(["Fler barn i ekonomisk trygghet."]);
    expect((await json("documents.json")).body.data.map((r) => r.slug).sort()).toEqual(["plan", "strategi"]);
  });

  it("the Atom feed shows published changes only", async () => {
    const response = await feedRoute(new Request(`${BASE}/provkommun/flode.atom`), { params: Promise.resolve({ locale: "sv", municipality: "provkommun" }) });
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(HIDDEN_WORD);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    const entries = [feed.entry].flat() as { title: string; updated: string; id: string; link: { "@_href": string } }[];
    const titles = entries.map((e) => e.title);
    expect(titles).toEqual(expect.arrayContaining(["Strategi för social hållbarhet", "Fritid för unga", "Föräldranätverket", "Uppföljning 2025"]));
    expect(titles).not.toContain("Uppföljning 2026");
    expect(entries.map((e) => e.updated)).toEqual([...entries.map((e) => e.updated)].sort().reverse());
    expect(entries.find((e) => e.title === "Fritid för unga")!.link["@_href"]).toBe(`${BASE}/provkommun/dokument/strategi/atgard/1-1-fritid-for-unga`);
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    const unknown = await feedRoute(new Request(`${BASE}/atlantis/flode.atom`), { params: Promise.resolve({ locale: "sv", municipality: "atlantis" }) });
    expect(unknown.status).toBe(404);
  });
});

describe("the DCAT-AP-SE catalogue", () => {
  async function triples(query = "") {
    const response = await dcatRoute(new Request(`${BASE}/api/v1/dcat.rdf${query}`));
    expect(response.headers.get("content-type")).toBe("application/rdf+xml; charset=utf-8");
    const text = await response.text();
    const quads: { s: string; p: string; o: string }[] = [];
    await new Promise<void>((resolve, reject) => {
      const parser = new RdfXmlParser({ baseIRI: `${BASE}/api/v1/dcat.rdf` });
      parser.on("data", (q) => quads.push({ s: q.subject.value, p: q.predicate.value, o: q.object.value }));
      parser.on("error", reject);
      parser.on("end", () => resolve());
      parser.end(text);
    });
    return quads;
  }
  const DCAT = "http://www.w3.org/ns/dcat#";
  const DCT = "http://purl.org/dc/terms/";
  const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

  it("describes every list as a dataset with the properties DCAT-AP-SE requires", async () => {
    const quads = await triples();
    const of = (s: string, p: string) => quads.filter((q) => q.s === s && q.p === p).map((q) => q.o);
    const datasetUris = quads.filter((q) => q.p === RDF_TYPE && q.o === `${DCAT}Dataset`).map((q) => q.s);
    expect(datasetUris).toHaveLength(datasets.length);
    for (const uri of datasetUris) {
      // One per language the catalogues translate it into (tests/integration/dcat.test.ts).
      expect(of(uri, `${DCT}title`).length, uri).toBeGreaterThan(0);
      expect(of(uri, `${DCT}title`).length, uri).toBeLessThanOrEqual(3);
      expect(of(uri, `${DCT}description`).length).toBeGreaterThan(0);
      expect(of(uri, `${DCT}publisher`)).toHaveLength(1);
      expect(of(uri, `${DCAT}contactPoint`)).toHaveLength(1);
      const distributions = of(uri, `${DCAT}distribution`);
      expect(distributions).toHaveLength(2);
      for (const d of distributions) {
        expect(of(d, `${DCAT}accessURL`)).toEqual([d]);
        expect(of(d, `${DCT}license`)).toEqual(["http://creativecommons.org/publicdomain/zero/1.0/"]);
        expect(of(d, `${DCT}format`)[0]).toMatch(/media-types\/(application\/json|text\/csv)$/);
      }
    }
    const catalogue = quads.find((q) => q.p === RDF_TYPE && q.o === `${DCAT}Catalog`)!.s;
    expect(of(catalogue, `${DCAT}dataset`)).toHaveLength(datasets.length);
    expect(of(catalogue, `${DCT}publisher`)).toHaveLength(1);
  });

  it("scopes a municipality's catalogue to its data, with the municipality as publisher", async () => {
    const quads = await triples("?kommun=provkommun");
    expect(quads.filter((q) => q.p === `${DCAT}downloadURL`).every((q) => q.o.includes("?kommun=provkommun"))).toBe(true);
    expect(quads.some((q) => q.p === "http://xmlns.com/foaf/0.1/name" && q.o === "Provkommunen")).toBe(true);
    expect((await dcatRoute(new Request(`${BASE}/api/v1/dcat.rdf?kommun=atlantis`))).status).toBe(404);
    expect((await dcatRoute(new Request(`${BASE}/api/v1/dcat.rdf?kommun=%3Cx%3E`))).status).toBe(400);
  });
});
