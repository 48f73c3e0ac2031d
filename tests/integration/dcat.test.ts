import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Quad } from "@rdfjs/types";
import { db } from "@/lib/db/client";
vi.mock("next/cache", async (original) => (await import("../support/next-cache")).nextCacheMock(original));
// A Finnish catalogue that translates the goals list's title (whatever fi.json has yet), so the test sees a translation used.
vi.mock("@/lib/i18n/messages/fi.json", async (original) => {
  type Tree = { [key: string]: Tree | string };
  const fi = structuredClone((await original<{ default: Tree }>()).default);
  const openData = fi.openData as Tree;
  const lists = (openData.datasets ??= {}) as Tree;
  lists.goals = { ...(lists.goals as Tree | undefined), title: "Tavoitteet" };
  return { default: fi };
});
import { GET as dcatRoute } from "@/app/api/v1/dcat.rdf/route";
import { resetDatabase } from "../support/database";
import { dcatApViolations, parseRdfXml } from "../support/shacl";
import { seedFindability } from "../factories/findability";
import { datasets } from "@/lib/open-data/datasets";
import { translator } from "@/lib/i18n/translator";

const BASE = "http://localhost:3000";

beforeAll(async () => {
  await resetDatabase();
  await seedFindability(db);
});

const catalogue = async (query = "") => parseRdfXml(await (await dcatRoute(new Request(`${BASE}/api/v1/dcat.rdf${query}`))).text(), `${BASE}/api/v1/dcat.rdf`);

const DCAT = "http://www.w3.org/ns/dcat#";
const DCT = "http://purl.org/dc/terms/";
const VCARD = "http://www.w3.org/2006/vcard/ns#";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const unique = (values: string[]) => [...new Set(values)];
const objects = (quads: Quad[], s: string, p: string) =>
  unique(quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object.value));
const subjects = (quads: Quad[], p: string, o: string) =>
  unique(quads.filter((q) => q.predicate.value === p && q.object.value === o).map((q) => q.subject.value));

describe("the DCAT-AP-SE catalogue against the official DCAT-AP 3.0.1 SHACL shapes", () => {
  it.each([
    ["the portal's", ""],
    ["a municipality's", "?kommun=provkommun"],
  ])("passes every shape, ranges included, for %s catalogue", async (_case, query) => {
    expect(await dcatApViolations(await catalogue(query))).toEqual([]);
  });
});

describe("what DCAT-AP-SE asks beyond DCAT-AP", () => {
  it("gives every contact point an e-mail address (the municipality's own when OPEN_DATA_CONTACT_EMAIL is unset)", async () => {
    const quads = await catalogue("?kommun=provkommun");
    const points = unique(quads.filter((q) => q.predicate.value === `${DCAT}contactPoint`).map((q) => q.object.value));
    expect(points.length).toBeGreaterThan(0);
    for (const point of points) expect(objects(quads, point, `${VCARD}hasEmail`)).toEqual(["mailto:kontakt@provkommun.example"]);
  });

  it("names each distribution's IANA media type as its format, types every publisher, and points conformsTo at a standard that is not the data service", async () => {
    const quads = await catalogue();
    for (const d of subjects(quads, RDF_TYPE, `${DCAT}Distribution`)) {
      expect(objects(quads, d, `${DCT}format`)[0]).toMatch(/^http:\/\/www\.iana\.org\/assignments\/media-types\/(application\/json|text\/csv)$/);
      const [standard] = objects(quads, d, `${DCT}conformsTo`);
      expect(objects(quads, standard!, RDF_TYPE)).toContain(`${DCT}Standard`);
      expect(objects(quads, standard!, RDF_TYPE)).not.toContain(`${DCAT}DataService`);
    }
    for (const publisher of unique(quads.filter((q) => q.predicate.value === `${DCT}publisher`).map((q) => q.object.value))) {
      expect(objects(quads, publisher, `${DCT}type`), publisher).toHaveLength(1);
    }
    const [service] = subjects(quads, RDF_TYPE, `${DCAT}DataService`);
    expect(objects(quads, service!, `${DCT}format`)).toEqual(["http://www.iana.org/assignments/media-types/application/json"]);
  });
});

describe("languages", () => {
  const sv = translator("sv");
  const titles = (quads: Quad[], s: string) =>
    Object.fromEntries(
      quads
        .filter((q) => q.subject.value === s && q.predicate.value === `${DCT}title`)
        .map((q) => [(q.object as { language: string }).language, q.object.value]),
    );

  it("titles every list in Swedish, and in Finnish and English where the catalogue translates it, never with an untranslated copy", async () => {
    const quads = await catalogue();
    for (const d of datasets) {
      const expected: Record<string, string> = { sv: sv(d.title) };
      for (const l of ["fi", "en"] as const) {
        const t = translator(l);
        if (t.has(d.title) && t(d.title) !== sv(d.title)) expected[l] = t(d.title);
      }
      expect(titles(quads, `${BASE}/api/v1/dcat.rdf#${d.name}`), d.name).toEqual(expected);
    }
    expect(titles(quads, `${BASE}/api/v1/dcat.rdf#goals`)).toMatchObject({ sv: "Mål", fi: "Tavoitteet" });
  });

  it("describes the catalogue in all three languages, and the lists' data as Swedish", async () => {
    const quads = await catalogue();
    const languages = (s: string) => objects(quads, s, `${DCT}language`).map((l) => l.split("/").at(-1));
    expect(languages(`${BASE}/api/v1/dcat.rdf`).sort()).toEqual(["ENG", "FIN", "SWE"]);
    expect(languages(`${BASE}/api/v1/dcat.rdf#goals`)).toEqual(["SWE"]);
  });
});

describe("invented municipalities", () => {
  it("publish no catalogue of their own: Exempelkommun is no local authority", async () => {
    await db.municipality.create({ data: { slug: "exempelkommun", name: "Exempelkommun", shortName: "Exempelkommun", code: "9000", intro: "Påhittad." } });
    const response = await dcatRoute(new Request(`${BASE}/api/v1/dcat.rdf?kommun=exempelkommun`));
    expect(response.status).toBe(404);
    expect((await dcatRoute(new Request(`${BASE}/api/v1/dcat.rdf?kommun=provkommun`))).status).toBe(200);
  });
});
