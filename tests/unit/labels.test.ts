import { describe, expect, it } from "vitest";
import { defaultLevelLabels, documentKindLabel, documentStatusLabel, formatDate, isoDate, numbered } from "@/lib/labels";
import { documentKinds } from "@/lib/content/schema";

describe("labels", () => {
  it("names every document kind in Swedish", () => {
    for (const kind of documentKinds) expect(documentKindLabel(kind.toUpperCase() as never)).toMatch(/^[A-ZÅÄÖ][a-zåäö ]+$/);
    expect(documentKindLabel("ACTION_PLAN")).toBe("Handlingsplan");
    expect(documentKindLabel("SOCIAL_REPORT")).toBe("Socialt bokslut");
  });

  it("names statuses so residents see whether a document still applies", () => {
    expect(documentStatusLabel("PUBLISHED")).toBe("Gällande");
    expect(documentStatusLabel("REPLACED")).toBe("Ersatt");
  });

  it("gives each kind sensible default level labels", () => {
    expect(defaultLevelLabels("action_plan").area.singular).toBe("Målområde");
    expect(defaultLevelLabels("social_report").area.plural).toBe("Fokusområden");
    expect(defaultLevelLabels("policy").action.plural).toBe("Åtgärder");
  });

  it("formats numbers, codes and dates the Swedish way", () => {
    expect(numbered("Mål", "A")).toBe("Mål A");
    expect(numbered("Åtgärd", null)).toBe("Åtgärd");
    const adopted = new Date("2026-05-13T00:00:00Z");
    expect(formatDate(adopted)).toBe("13 maj 2026");
    expect(isoDate(adopted)).toBe("2026-05-13");
  });
});
