// Imports content/ into the database through the write engine: `npm run content:import -- [dir] [--dry-run] [--force]`
// (uses DATABASE_URL or the embedded PostgreSQL).
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db/bootstrap";
import { ContentError, loadContent } from "@/lib/content/load";
import { formatImportStats, formatRefusal } from "@/lib/content-sync/report";
import { translator } from "@/lib/i18n/translator";

const t = translator("sv");
const options = { "dry-run": { type: "boolean", default: false }, force: { type: "boolean", default: false } } as const;
const args = (() => {
  try {
    return parseArgs({ allowPositionals: true, options });
  } catch {
    console.error(t("contentImport.usage"));
    process.exit(2);
  }
})();
const dryRun = args.values["dry-run"];

const handle = await openDatabase({ log: console.log });
process.env.DATABASE_URL = handle.url;
let exitCode = 0;
// Imported once DATABASE_URL is set: the write engine opens the database client when loaded.
let ImportRefused: typeof import("@/lib/content-sync/records").ImportRefused | undefined;
try {
  const tree = await loadContent(path.resolve(args.positionals[0] ?? "content"));
  ({ ImportRefused } = await import("@/lib/content-sync/records"));
  const { importContent } = await import("@/lib/content-sync/import");
  const { db } = await import("@/lib/db/client");
  const report = await importContent(db, tree, { force: args.values.force, dryRun });
  console.log(formatImportStats(report, { dryRun }));
  await db.$disconnect();
} catch (error) {
  // The import runs in one transaction, so whatever failed, nothing was written.
  if (ImportRefused && error instanceof ImportRefused) console.error(formatRefusal(error.plan));
  else
    console.error(
      `${t("contentImport.aborted")}\n${error instanceof ContentError ? error.message : t("contentImport.databaseRefused", { message: (error as Error).message })}`,
    );
  exitCode = 1;
} finally {
  await handle.stop();
}
process.exit(exitCode);
