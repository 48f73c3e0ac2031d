import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { stringify } from "yaml";

/** Valid content objects, each overridable, for tests that need content without the demo files. */
export const agenda2030Content = () => ({
  goals: Array.from({ length: 17 }, (_, i) => ({
    number: i + 1,
    title: `Mål ${i + 1}`,
    description: `Beskrivning av mål ${i + 1}.`,
    color: "#4C9F38",
    targets: [{ code: `${i + 1}.1`, title: `Delmål ${i + 1}.1` }],
  })),
});

export const publicHealthContent = () => ({
  areas: Array.from({ length: 8 }, (_, i) => ({ number: i + 1, title: `Målområde ${i + 1}`, description: "Beskrivning." })),
});

export const municipalityContent = (overrides: Record<string, unknown> = {}) => ({
  slug: "provkommun",
  name: "Provkommunen",
  shortName: "Provkommun",
  code: "9999",
  intro: "En kommun för tester.",
  ...overrides,
});

export const documentContent = (overrides: Record<string, unknown> = {}) => ({
  slug: "strategi",
  kind: "strategy",
  title: "Strategi för prov",
  summary: "En strategi.",
  adoptedOn: "2025-01-15",
  validUntil: "2030-12-31",
  areas: [
    {
      number: "1",
      title: "Ett område",
      goals: [{ code: "A", title: "Ett mål" }],
      actions: [{ number: "1", title: "En åtgärd", goals: ["A"], responsible: ["Kommunstyrelsen"], agenda2030: [3] }],
    },
  ],
  ...overrides,
});

/** Writes a content tree to a new temporary folder and returns the folder's `content` path. */
export async function writeContentTree(files: Record<string, unknown>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), "content-"));
  const base = path.join(root, "content");
  const all: Record<string, unknown> = {
    "reference/agenda2030.yaml": agenda2030Content(),
    "reference/public-health.yaml": publicHealthContent(),
    "municipalities/provkommun/municipality.yaml": municipalityContent(),
    "municipalities/provkommun/documents/strategi.yaml": documentContent(),
    ...files,
  };
  for (const [rel, data] of Object.entries(all)) {
    await mkdir(path.dirname(path.join(base, rel)), { recursive: true });
    await writeFile(path.join(base, rel), typeof data === "string" ? data : stringify(data));
  }
  return base;
}
