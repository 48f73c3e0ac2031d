// What `npm start` and `npm run start:cluster` do before any server starts: the database (embedded
// unless DATABASE_URL is set), migrations, demo content, the session secret, the demo accounts.
import path from "node:path";
import { openDatabase, type DatabaseHandle } from "@/lib/db/bootstrap";
import { loadContent } from "@/lib/content/load";
import { formatImportStats, formatRefusal } from "@/lib/content-sync/report";
import { localSessionSecret } from "@/lib/auth/secret";

export type PreparedApp = { database: DatabaseHandle; env: NodeJS.ProcessEnv };

function refuse(message: string): never {
  console.error(`[strategiportalen] ${message}`);
  process.exit(1);
}

/** Prepares the database and the environment of a server that residents reach at `address`. */
export async function prepareApp(options: { address: string; forceImport: boolean; log: (line: string) => void }): Promise<PreparedApp> {
  const { log, address } = options;
  const database = await openDatabase({ log });
  log(database.embedded ? `Inbyggd PostgreSQL körs (data i ${database.dataDir}).` : "Använder PostgreSQL från DATABASE_URL.");
  process.env.DATABASE_URL = database.url;

  const secret = process.env.NEXTAUTH_SECRET || (database.dataDir ? await localSessionSecret(database.dataDir) : null);
  if (!secret) {
    await database.stop();
    refuse("NEXTAUTH_SECRET saknas. Ange en slumpad hemlighet på minst 32 tecken, t.ex. `openssl rand -base64 48` (se README).");
  }

  const { db } = await import("@/lib/db/client");
  if (options.forceImport || (await db.municipality.count()) === 0) {
    const { importContent } = await import("@/lib/content-sync/import");
    const { ImportRefused } = await import("@/lib/content-sync/records");
    log("Läser in demoinnehållet från content/…");
    try {
      log(formatImportStats(await importContent(db, await loadContent(path.resolve("content")))));
    } catch (error) {
      if (!(error instanceof ImportRefused)) throw error;
      await db.$disconnect();
      await database.stop();
      refuse(formatRefusal(error.plan));
    }
    const { loadDemoFollowUp } = await import("@/lib/demo/follow-up");
    for (const slug of await loadDemoFollowUp(db, path.resolve("content"))) log(`Läste in påhittad uppföljning för ${slug}.`);
  } else {
    log("Databasen har redan innehåll (kör `npm run content:import` för att läsa in content/ igen).");
  }

  const demo = await import("@/lib/users/demo");
  if (database.dataDir) {
    const password = await demo.demoPassword(database.dataDir);
    const emails = await demo.ensureDemoAdministrators(password);
    log(`Logga in på ${address}/admin som ${emails.join(", ")} med lösenordet ${password}`);
  } else if ((await demo.countDemoAccounts()) > 0) {
    await db.$disconnect();
    await database.stop();
    refuse("Databasen har demokonton, som bara får finnas på den inbyggda databasen. Stäng av dem med `npm run user:disable -- --email <adress>`.");
  }
  const { municipalitiesWithoutContactEmail } = await import("@/lib/open-data/contact");
  const withoutEmail = await municipalitiesWithoutContactEmail();
  if (withoutEmail.length > 0)
    log(
      `Varning: OPEN_DATA_CONTACT_EMAIL saknas och ${withoutEmail.join(", ")} har ingen e-postadress i sina kontaktuppgifter, så den öppna datakatalogen (/api/v1/dcat.rdf) saknar den e-postadress DCAT-AP-SE kräver. Sätt OPEN_DATA_CONTACT_EMAIL (se README).`,
    );
  await db.$disconnect();

  const env = {
    ...process.env,
    DATABASE_URL: database.url,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL || address,
    // Absolute addresses (catalogue, feeds, sitemap, robots.txt, open data) name the address actually served.
    SITE_URL: process.env.SITE_URL || address,
    EMBEDDED_DATABASE: database.embedded ? "1" : "0",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  return { database, env };
}
