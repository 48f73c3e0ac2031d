import { describe, expect, it } from "vitest";
import { errorPlace, rawValues, readForm, toRawValues, type FieldSpec } from "@/lib/admin/fields";
import { displayValue } from "@/lib/admin/display";

const fields: FieldSpec[] = [
  { name: "name", label: "Namn", kind: "text", required: true },
  {
    name: "members",
    label: "Personer",
    kind: "rows",
    itemLabel: "Person",
    addLabel: "Lägg till",
    columns: [
      { name: "name", label: "Namn", kind: "text", required: true },
      { name: "party", label: "Parti", kind: "select", options: [{ value: "S", label: "Socialdemokraterna" }] },
      { name: "proposals", label: "Förslag", kind: "lines" },
    ],
  },
  { name: "strengths", label: "Styrkor", kind: "rows", itemLabel: "Styrka", addLabel: "Lägg till" },
];

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

  it("names the cell an error belongs to", () => {
    expect(errorPlace(fields, "members.1.name")).toEqual({ name: "members.1.name", label: "Personer, person 2: Namn" });
    expect(errorPlace(fields, "strengths.0")).toEqual({ name: "strengths.0", label: "Styrkor, styrka 1" });
    expect(errorPlace(fields, "members")).toEqual({ name: "members", label: "Personer" });
    expect(errorPlace(fields, "name")).toEqual({ name: "name", label: "Namn" });
  });

  it("is shown in words in histories and conflict notices", () => {
    const members = fields[1];
    expect(displayValue([{ name: "Anna", party: "S", proposals: ["Ett", "Två"] }, { name: "Bo" }], members)).toBe("Anna, Socialdemokraterna, Ett / Två; Bo");
    expect(displayValue(["Första", "Andra"], fields[2])).toBe("Första; Andra");
    expect(displayValue([], members)).toBe("(inga)");
    expect(displayValue(null, fields[0])).toBe("(tomt)");
  });
});
