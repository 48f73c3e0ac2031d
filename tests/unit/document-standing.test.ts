import { describe, expect, it } from "vitest";
import { documentStanding, groupByStanding } from "@/lib/documents/standing";

const today = new Date("2026-11-29T10:00:00Z");
const doc = (id: number, kind: "STRATEGY" | "ACTION_PLAN" | "POLICY", status: "PUBLISHED" | "REPLACED" = "PUBLISHED", validUntil: string | null = null) => ({
  id,
  kind,
  status,
  validUntil: validUntil ? new Date(validUntil) : null,
});

describe("document standing", () => {
  it("is in force through its last valid day, expired the day after, replaced whatever its date", () => {
    expect(documentStanding(doc(1, "POLICY", "PUBLISHED", "2026-11-29"), today)).toBe("inForce");
    expect(documentStanding(doc(1, "POLICY", "PUBLISHED", "2026-11-28"), today)).toBe("expired");
    expect(documentStanding(doc(1, "POLICY", "REPLACED", "2030-01-01"), today)).toBe("replaced");
    // As the data cache gives it back: the date as a JSON string.
    expect(documentStanding({ status: "PUBLISHED", validUntil: "2026-11-28T00:00:00.000Z" }, today)).toBe("expired");
  });

  it("groups documents in force by kind, policy and strategy first, and lists replaced and expired ones after", () => {
    const { inForce, past } = groupByStanding(
      [doc(1, "ACTION_PLAN", "REPLACED"), doc(2, "ACTION_PLAN"), doc(3, "STRATEGY"), doc(4, "POLICY", "PUBLISHED", "2020-01-01"), doc(5, "ACTION_PLAN")],
      today,
    );
    expect(inForce.map((g) => [g.kind, g.documents.map((d) => d.id)])).toEqual([
      ["STRATEGY", [3]],
      ["ACTION_PLAN", [2, 5]],
    ]);
    expect(past.map((d) => [d.id, d.standing])).toEqual([
      [1, "replaced"],
      [4, "expired"],
    ]);
  });
});
