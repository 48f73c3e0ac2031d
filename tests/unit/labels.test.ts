import { describe, expect, it } from "vitest";
import { defaultLevelLabels, documentKindLabel, documentStatusLabel, formatDate, formatDateTime, isoDate, numbered } from "@/lib/labels";
import { documentKinds } from "@/lib/content/schema";
import { translator } from "@/lib/i18n/translator";

const t = translator("sv");

describe("labels", () => {
  it("names every document kind in Swedish", () => {
    for (const kind of documentKinds) expect(documentKindLabel(t, kind.toUpperCase() as never)).toMatch(/^[A-ZÅÄÖ][a-zåäö ]+$/);
    expect(documentKindLabel(t, "ACTION_PLAN")).toBe("Handlingsplan");
    expect(documentKindLabel(t, "SOCIAL_REPORT")).toBe("Socialt bokslut");
  });

  it("names statuses so residents see whether a document still applies", () => {
    expect(documentStatusLabel(t, "PUBLISHED")).toBe("Gällande");
    expect(documentStatusLabel(t, "REPLACED")).toBe("Ersatt");
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
    expect(formatDate(adopted, "sv")).toBe("13 maj 2026");
    expect(isoDate(adopted)).toBe("2026-05-13");
  });

  it("formats dates and times in the reader's language, times on the municipality's clock", () => {
    const adopted = new Date("2026-05-13T00:00:00Z");
    expect(formatDate(adopted, "en")).toBe("May 13, 2026");
    expect(formatDate(adopted, "fi")).toBe("13. toukokuuta 2026");
    // 12:05 UTC is 14:05 in Stockholm in May, whatever the language.
    expect(formatDateTime(new Date("2026-05-13T12:05:00Z"), "sv")).toBe("13 maj 2026 kl. 14:05");
    expect(formatDateTime(new Date("2026-05-13T12:05:00Z"), "en")).toMatch(/14:05|2:05/);
  });
});
