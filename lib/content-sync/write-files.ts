import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { ContentFiles } from "./export";

/**
 * Writes exported files into a content folder. Each exported municipality's folder is emptied first, so a
 * document no longer in the database does not linger in it (and come back with the next import).
 */
export async function writeContentFiles(dir: string, files: ContentFiles) {
  const municipalities = new Set([...files.keys()].filter((f) => f.startsWith("municipalities/")).map((f) => f.split("/").slice(0, 2).join("/")));
  for (const m of municipalities) await rm(path.join(dir, m), { recursive: true, force: true });
  for (const [file, text] of files) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
}
