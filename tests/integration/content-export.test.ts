import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { exportContent, exportMunicipality } from "@/lib/content-sync/export";
import { importContent } from "@/lib/content-sync/import";
import { loadContent } from "@/lib/content/load";
import { writeContentFiles } from "@/lib/content-sync/write-files";
import { downloadContent } from "@/lib/content-sync/commands/download-content";
import { userWithRole } from "../factories/users";
import { resetDatabase } from "../support/database";

const DEMO_CONTENT = path.join(process.cwd(), "content");

beforeEach(resetDatabase);

async function exportTo(): Promise<{ dir: string; files: Map<string, string> }> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), "export-")), "content");
  const files = await exportContent();
  await writeContentFiles(dir, files);
  return { dir, files };
}

async function readTree(dir: string, rel = ""): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const entry of await readdir(path.join(dir, rel), { withFileTypes: true })) {
    const file = path.join(rel, entry.name);
    if (entry.isDirectory()) Object.assign(out, await readTree(dir, file));
    else out[file] = await readFile(path.join(dir, file), "utf8");
  }
  return out;
}

describe("content:export", () => {
  it("round-trips the demo content: export, import into an empty database, export again gives the same bytes", async () => {
    await importContent(db, await loadContent(DEMO_CONTENT));
    const first = await exportTo();
    const demoMunicipalities = (await readdir(path.join(DEMO_CONTENT, "municipalities"))).sort();
    expect([...first.files.keys()].filter((f) => f.endsWith("/municipality.yaml")).sort()).toEqual(
      demoMunicipalities.map((m) => `municipalities/${m}/municipality.yaml`),
    );
    // Every document of the demo content is in the export.
    const demoDocuments = Object.keys(await readTree(DEMO_CONTENT)).filter((f) => f.includes("/documents/"));
    expect(
      Object.keys(await readTree(first.dir))
        .filter((f) => f.includes("/documents/"))
        .sort(),
    ).toEqual(demoDocuments.sort());

    await resetDatabase();
    const report = await importContent(db, await loadContent(first.dir));
    expect(report.records.length).toBeGreaterThan(100);
    const second = await exportTo();
    expect(await readTree(second.dir)).toEqual(await readTree(first.dir));

    // The export is what was imported: importing it over the database it came from changes nothing.
    expect((await importContent(db, await loadContent(second.dir))).records).toEqual([]);
  });

  it("leaves drafts out, since the format has no drafts and the next import would publish them", async () => {
    await importContent(db, await loadContent(DEMO_CONTENT));
    const action = await db.action.findFirstOrThrow({ where: { document: { municipality: { slug: "sodertalje" } } }, orderBy: { id: "asc" } });
    const before = (await exportMunicipality("sodertalje"))!;
    await db.action.update({ where: { id: action.id }, data: { status: "DRAFT" } });
    const after = (await exportMunicipality("sodertalje"))!;
    const [file] = [...before.keys()].filter((f) => before.get(f)!.includes(action.title));
    expect(file).toBeDefined();
    expect(after.get(file!)).not.toContain(action.title);
  });
});

describe("the administrators' download", () => {
  it("is a zip of the municipality's content folder that unzip opens and content:import reads", async () => {
    await importContent(db, await loadContent(DEMO_CONTENT));
    const m = await db.municipality.findUniqueOrThrow({ where: { slug: "katrineholm" } });
    const { zip } = await downloadContent(await userWithRole(m.id, "ADMIN"), { municipalityId: m.id });

    const dir = await mkdtemp(path.join(os.tmpdir(), "download-"));
    await writeFile(path.join(dir, "innehall.zip"), zip);
    await promisify(execFile)("unzip", ["-q", path.join(dir, "innehall.zip"), "-d", dir]);
    const tree = await loadContent(path.join(dir, "content"));
    expect(tree.municipalities.map((b) => b.municipality.slug)).toEqual(["katrineholm"]);
    const files = (await exportMunicipality("katrineholm"))!;
    for (const [file, text] of files) expect(await readFile(path.join(dir, "content", file), "utf8")).toBe(text);
    expect(await db.auditEvent.count({ where: { action: "export-content", municipalityId: m.id } })).toBe(1);
  });
});

describe("npm run content:export", () => {
  const exportCommand = (...args: string[]) =>
    promisify(execFile)("npx", ["tsx", "scripts/content-export.ts", ...args], { env: { ...process.env }, cwd: process.cwd() }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("writes one municipality's files with the reference data, and refuses a municipality that does not exist", async () => {
    await importContent(db, await loadContent(DEMO_CONTENT));
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), "export-cli-")), "content");
    const result = await exportCommand("--municipality", "sodertalje", "--out", out);
    expect(result.code).toBe(0);
    const files = await readTree(out);
    expect(
      Object.keys(files)
        .filter((f) => f.startsWith("reference/"))
        .sort(),
    ).toEqual(["reference/agenda2030.yaml", "reference/public-health.yaml"]);
    expect(
      Object.keys(files)
        .filter((f) => f.startsWith("municipalities/"))
        .every((f) => f.startsWith("municipalities/sodertalje/")),
    ).toBe(true);
    expect(files["municipalities/sodertalje/municipality.yaml"]).toBe(
      (await exportMunicipality("sodertalje"))!.get("municipalities/sodertalje/municipality.yaml"),
    );

    const unknown = await exportCommand("--municipality", "finns-inte", "--out", out);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain(`Kommunen "finns-inte" finns inte i databasen`);
  });
});
