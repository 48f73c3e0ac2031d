import { describe, expect, it } from "vitest";
import { documentContentSchema, municipalityContentSchema, agenda2030ContentSchema } from "@/lib/content/schema";
import { agenda2030Content, documentContent, municipalityContent } from "../factories/content";

const messages = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];

describe("document content schema", () => {
  it("accepts a complete document and fills in defaults", () => {
    const parsed = documentContentSchema.parse(documentContent());
    expect(parsed.status).toBe("published");
    expect(parsed.sections).toEqual([]);
    expect(parsed.areas[0]!.actions[0]!.partners).toEqual([]);
  });

  it("rejects an empty title, an unknown kind and an unknown field, naming what is wrong", () => {
    const result = documentContentSchema.safeParse(documentContent({ title: " ", kind: "wish_list", colour: "red" }));
    expect(result.success).toBe(false);
    const found = messages(result);
    expect(found).toContainEqual("title: validation.notEmpty");
    expect(found.some((m) => m.startsWith("kind:"))).toBe(true);
    expect(found.some((m) => m.includes("colour"))).toBe(true);
  });

  it("rejects a validity date before the adoption date", () => {
    const result = documentContentSchema.safeParse(documentContent({ adoptedOn: "2026-05-13", validUntil: "2025-12-31" }));
    expect(messages(result)).toEqual(["validUntil: validation.validUntilBeforeAdopted"]);
  });

  it("rejects impossible dates, over-long titles and Agenda 2030 goals outside 1–17", () => {
    const result = documentContentSchema.safeParse(
      documentContent({
        adoptedOn: "2026-02-30",
        areas: [{ number: "1", title: "x".repeat(301), agenda2030: [18], goals: [], actions: [] }],
      }),
    );
    const found = messages(result);
    expect(found).toContainEqual("adoptedOn: validation.date");
    expect(found).toContainEqual("areas.0.title: validation.tooLong");
    expect(found.some((m) => m.startsWith("areas.0.agenda2030.0"))).toBe(true);
  });

  it("rejects slugs that are not URL-safe", () => {
    expect(messages(documentContentSchema.safeParse(documentContent({ slug: "Min Strategi" })))).toEqual(["slug: validation.slug"]);
  });
});

describe("municipality content schema", () => {
  it("accepts a municipality with people and requires a four-digit code", () => {
    const good = municipalityContent({
      groups: [{ name: "Beredningen", kind: "committee", members: [{ name: "Anna Andersson", party: "S", role: "ordförande" }] }],
    });
    expect(municipalityContentSchema.safeParse(good).success).toBe(true);
    expect(messages(municipalityContentSchema.safeParse(municipalityContent({ code: "181" })))).toEqual(["code: Kommunkoden ska ha fyra siffror"]);
  });

  it("rejects a group without members and an invalid e-mail address", () => {
    const result = municipalityContentSchema.safeParse(
      municipalityContent({
        groups: [
          { name: "Tom", kind: "committee", members: [] },
          { name: "Kontakt", kind: "contacts", members: [{ name: "X", email: "inte-en-adress" }] },
        ],
      }),
    );
    expect(messages(result)).toEqual(["groups.0.members: validation.content.groupNeedsMember", "groups.1.members.0.email: validation.email"]);
  });
});

describe("Agenda 2030 reference schema", () => {
  it("requires all 17 goals", () => {
    expect(agenda2030ContentSchema.safeParse(agenda2030Content()).success).toBe(true);
    const sixteen = { goals: agenda2030Content().goals.slice(0, 16) };
    expect(messages(agenda2030ContentSchema.safeParse(sixteen))).toEqual(["goals: validation.content.agendaGoals"]);
  });
});
