import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** A random value generated once and kept in a file readable only by its owner (embedded database only). */
export async function keptSecret(file: string, bytes: number, encoding: "base64url" | "base64" = "base64url"): Promise<string> {
  const existing = await readFile(file, "utf8").catch(() => null);
  if (existing?.trim()) return existing.trim();
  const secret = randomBytes(bytes).toString(encoding);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** The session secret for the embedded database, kept beside its data folder. */
export const localSessionSecret = (dataDir: string) => keptSecret(path.join(path.dirname(dataDir), "nextauth-secret"), 48);
