import { beforeAll, describe, expect, it, vi } from "vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { db } from "@/lib/db/client";
import { GET as listRoute } from "@/app/api/v1/[dataset]/route";
import { GET as openApiRoute } from "@/app/api/v1/openapi.json/route";
import { resetDatabase } from "../support/database";
import { seedFindability } from "../factories/findability";

vi.mock("next/cache", async (original) => (await import("../support/next-cache")).nextCacheMock(original));

const GOAL = "Varje barn lever i ekonomisk trygghet";
const english = { en: { title: "Every child lives in economic security", text: "No child should grow up in poverty." } };

beforeAll(async () => {
  await resetDatabase();
  await seedFindability(db);
  // Stored as a form may leave it: an empty language and an empty field are not data.
  await db.goal.updateMany({ where: { title: GOAL }, data: { translations: { ...english, fi: {} } } });
});

const list = (file: string) => listRoute(new Request(`http://localhost:3000/api/v1/${file}`), { params: Promise.resolve({ dataset: file }) });

describe("translations in open data", () => {
  it("gives each goal its translations, only the ones that exist, as the published description says", async () => {
    const body = (await (await list("goals.json")).json()) as { data: { title: string; translations: unknown }[] };
    const translated = body.data.find((g) => g.title === GOAL)!;
    expect(translated.translations).toEqual(english);
    expect(body.data.filter((g) => g.title !== GOAL).every((g) => JSON.stringify(g.translations) === "{}")).toBe(true);

    const document = await (await openApiRoute()).json();
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    ajv.addSchema(document, "openapi.json");
    const validate = ajv.compile({ $ref: "openapi.json#/paths/~1api~1v1~1goals.json/get/responses/200/content/application~1json/schema" });
    expect(validate(body) ? [] : validate.errors).toEqual([]);
    // Not a vacuous pass: a field the kind does not translate is refused.
    expect(validate({ ...body, data: [{ ...translated, translations: { en: { summary: "x" } } }] })).toBe(false);
  });

  it("writes them as one JSON cell in CSV, empty where there are none", async () => {
    const csv = await (await list("goals.csv")).text();
    const [header, ...lines] = csv.trimEnd().split("\r\n");
    const column = header!.split(",").indexOf("translations");
    expect(column).toBeGreaterThan(0);
    const row = lines.find((l) => l.includes(GOAL))!;
    expect(row).toContain(`"${JSON.stringify(english).replace(/"/g, '""')}"`);
  });
});
