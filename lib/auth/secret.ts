import { randomBytes } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** For the embedded database only: a session secret generated once and kept in the data folder's parent. */
export async function localSessionSecret(dataDir: string): Promise<string> {
  const file = path.join(path.dirname(dataDir), "nextauth-secret");
  const existing = await readFile(file, "utf8").catch(() => null);
  if (existing?.trim()) return existing.trim();
  const secret = randomBytes(48).toString("base64url");
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
