import path from "node:path";
import { db } from "@/lib/db/client";
import { keptSecret } from "@/lib/auth/secret";
import { provisionUser } from "./provision";

export const demoEmail = (municipalitySlug: string) => `admin@${municipalitySlug}.example`;

/**
 * The demo administrators' password: generated once per embedded data folder and kept beside it, so
 * there is no default password anyone could know. Demo accounts work only on the embedded database.
 */
export const demoPassword = (dataDir: string) => keptSecret(path.join(path.dirname(dataDir), "demo-password"), 12);

/** One demo administrator per municipality that has none yet. Returns the sign-in addresses. */
export async function ensureDemoAdministrators(password: string): Promise<string[]> {
  const municipalities = await db.municipality.findMany({ orderBy: { shortName: "asc" }, select: { id: true, slug: true, shortName: true } });
  for (const m of municipalities) {
    const email = demoEmail(m.slug);
    if (await db.user.findUnique({ where: { email }, select: { id: true } })) continue;
    await provisionUser(
      { userId: null, email: "npm start" },
      { email, name: `Demoadministratör ${m.shortName}`, municipalityId: m.id, role: "ADMIN", areaIds: [], password },
      { existingAccount: "grant", isDemo: true },
    );
  }
  return municipalities.map((m) => demoEmail(m.slug));
}

export const countDemoAccounts = () => db.user.count({ where: { isDemo: true, disabled: false } });
