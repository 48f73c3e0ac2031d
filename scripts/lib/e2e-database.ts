// The database browser tests run against: a fresh embedded PostgreSQL in `dir`, migrated and filled
// with the demo content and the test accounts (tests/e2e/support/accounts.ts).
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { loadContent } from "@/lib/content/load";
import { accounts, E2E_PASSWORD } from "../../tests/e2e/support/accounts";

export async function startE2eDatabase(dir: string): Promise<EmbeddedDatabase> {
  const database = await startEmbeddedPostgres({ dataDir: path.join(dir, "data") });
  process.env.DATABASE_URL = database.url;
  await migrate(database.url);
  const { db } = await import("@/lib/db/client");
  const { importContent } = await import("@/lib/content/import");
  const { provisionUser } = await import("@/lib/users/provision");
  await importContent(db, await loadContent(path.resolve("content")));
  for (const account of Object.values(accounts)) {
    const municipality = await db.municipality.findUniqueOrThrow({ where: { slug: account.municipality } });
    const areas = "areas" in account
      ? await db.area.findMany({ where: { document: { slug: account.areas.document, municipalityId: municipality.id }, number: { in: [...account.areas.numbers] } } })
      : [];
    await provisionUser(
      { userId: null, email: "e2e-server" },
      { email: account.email, name: account.name, municipalityId: municipality.id, role: account.role, areaIds: areas.map((a) => a.id), password: E2E_PASSWORD },
    );
  }
  await db.$disconnect();
  return database;
}
