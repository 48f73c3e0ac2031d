import { describe, expect, it } from "vitest";
import { errorPlace, rawValues, readForm, shownFields, toRawValues, type FieldSpec } from "@/lib/admin/fields";
import { displayValue } from "@/lib/admin/display";
import { translator } from "@/lib/i18n/translator";

const t = translator("sv");
const en = translator("en");

const fields: FieldSpec[] = [
  { name: "name", label: "admin.content.fields.name", kind: "text", required: true },
  {
    name: "members",
    label: "admin.content.fields.members",
    kind: "rows",
    itemLabel: "admin.content.fields.member",
    addLabel: "admin.content.fields.addMember",
    columns: [
      { name: "name", label: "admin.content.fields.name", kind: "text", required: true },
      { name: "party", label: "admin.content.fields.party", kind: "select", options: [{ value: "S", label: { text: "Socialdemokraterna" } }] },
      { name: "proposals", label: "admin.content.fields.proposals", kind: "lines" },
    ],
  },
  { name: "strengths", label: { text: "Styrkor" }, kind: "rows", itemLabel: "admin.content.situationItems.strengths.item", addLabel: { text: "Lägg till" } },
];
const shown = shownFields(t, fields);

const posted = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return form;
};

describe("a repeating field", () => {
  it("reads its rows in the order of their row numbers, empty optional cells absent", () => {
    const form = posted([
      ["name", "Beredningen"],
      ["members.1.name", "Bo"],
      ["members.1.party", ""],
      ["members.1.proposals", "Ett\n\n Två "],
      ["members.0.name", "Anna"],
      ["members.0.party", "S"],
      ["members.0.proposals", ""],
      ["strengths.0", "Första"],
      ["strengths.1", ""],
      ["membersX.0.name", "inte en rad"],
    ]);
    expect(readForm(fields, form)).toEqual({
      name: "Beredningen",
      members: [
        { name: "Anna", party: "S", proposals: [] },
        { name: "Bo", proposals: ["Ett", "Två"] },
      ],
      strengths: ["Första", ""],
    });
  });

  it("shows a stored record's rows as the strings the form posts, and reads them back the same", () => {
    const record = { name: "Beredningen", members: [{ name: "Anna", party: "S", proposals: ["Ett", "Två"] }], strengths: ["Första"] };
    const raw = toRawValues(fields, record);
    expect(raw).toEqual({ name: "Beredningen", members: [{ name: "Anna", party: "S", proposals: "Ett\nTvå" }], strengths: ["Första"] });
    const form = posted([
      ["name", "Beredningen"],
      ["members.0.name", "Anna"],
      ["members.0.party", "S"],
      ["members.0.proposals", "Ett\nTvå"],
      ["strengths.0", "Första"],
    ]);
    expect(rawValues(fields, form)).toEqual(raw);
    expect(readForm(fields, form)).toEqual(record);
  });

  it("has its words translated, keys in the reader's language and data as it is", () => {
    expect(shown[1]).toMatchObject({ label: "Personer", itemLabel: "Person", addLabel: "Lägg till en person" });
    expect(shown[2]).toMatchObject({ label: "Styrkor", itemLabel: "Styrka", addLabel: "Lägg till" });
    const party = shown[1]!.kind === "rows" ? shown[1]!.columns![1] : undefined;
    expect(party).toMatchObject({ label: "Parti", options: [{ value: "S", label: "Socialdemokraterna" }] });
    expect(shownFields(en, fields)[1]!.label).toBe(en("admin.content.fields.members"));
  });

  it("names the cell an error belongs to", () => {
    expect(errorPlace(t, shown, "members.1.name", "sv")).toEqual({ name: "members.1.name", label: "Personer, person 2: Namn" });
    expect(errorPlace(t, shown, "strengths.0", "sv")).toEqual({ name: "strengths.0", label: "Styrkor, styrka 1" });
    expect(errorPlace(t, shown, "members", "sv")).toEqual({ name: "members", label: "Personer" });
    expect(errorPlace(t, shown, "name", "sv")).toEqual({ name: "name", label: "Namn" });
  });

  it("is shown in words in histories and conflict notices", () => {
    const members = shown[1];
    expect(displayValue(t, [{ name: "Anna", party: "S", proposals: ["Ett", "Två"] }, { name: "Bo" }], members)).toBe("Anna, Socialdemokraterna, Ett / Två; Bo");
    expect(displayValue(t, ["Första", "Andra"], shown[2])).toBe("Första; Andra");
    expect(displayValue(t, [], members)).toBe("(inga)");
    expect(displayValue(t, null, shown[0])).toBe("(tomt)");
    expect(displayValue(t, "PUBLISHED", undefined)).toBe("Gällande");
    expect(displayValue(t, "CANCELLED", undefined)).toBe("Avbruten");
  });
});
