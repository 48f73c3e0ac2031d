// The database browser tests run against: a fresh, disposable embedded PostgreSQL in `dir`, migrated
// and filled with the demo content and the test accounts (tests/e2e/support/accounts.ts). The set-up,
// like the servers, runs as the application's role, as in production (docs/decisions/060).
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { APP_ROLE } from "@/lib/db/app-role";
import { loadContent } from "@/lib/content/load";
import { accounts, E2E_PASSWORD } from "../../tests/e2e/support/accounts";

/** The e2e server's address, also the SITE_URL of its build (which is part of the build's fingerprint). */
export const e2eServerUrl = (port = Number(process.env.E2E_PORT || 3210)) => `http://127.0.0.1:${port}`;

export const e2eDataDir = (dir: string) => path.join(dir, "data");

export async function startE2eDatabase(dir: string): Promise<EmbeddedDatabase> {
  const database = await startEmbeddedPostgres({ dataDir: e2eDataDir(dir), disposable: true });
  await migrate(database.url, undefined, { appRole: APP_ROLE });
  process.env.DATABASE_URL = database.appUrl;
  const { db } = await import("@/lib/db/client");
  const { importContent } = await import("@/lib/content-sync/import");
  const { provisionUser } = await import("@/lib/users/provision");
  await importContent(db, await loadContent(path.resolve("content")));
  const { createOperator } = await import("@/lib/users/operator");
  const { loadDemoFollowUp } = await import("@/lib/demo/follow-up");
  await loadDemoFollowUp(db, path.resolve("content"));
  for (const account of Object.values(accounts)) {
    if (account.municipality === null) {
      await createOperator({ email: account.email, name: account.name, password: E2E_PASSWORD });
      continue;
    }
    const municipality = await db.municipality.findUniqueOrThrow({ where: { slug: account.municipality } });
    const areas =
      "areas" in account
        ? await db.area.findMany({
            where: { document: { slug: account.areas.document, municipalityId: municipality.id }, number: { in: [...account.areas.numbers] } },
          })
        : [];
    await provisionUser(
      { userId: null, email: "e2e-server" },
      {
        email: account.email,
        name: account.name,
        municipalityId: municipality.id,
        role: account.role,
        areaIds: areas.map((a) => a.id),
        password: E2E_PASSWORD,
      },
      { existingAccount: "grant" },
    );
  }
  await db.$disconnect();
  return database;
}
