// Imports content/ into the database: `npm run content:import` (uses DATABASE_URL or the embedded PostgreSQL).
import path from "node:path";
import { openDatabase } from "@/lib/db/bootstrap";
import { ContentError, loadContent } from "@/lib/content/load";
import { formatImportStats } from "@/lib/content/report";

const handle = await openDatabase({ log: console.log });
process.env.DATABASE_URL = handle.url;
let exitCode = 0;
try {
  const tree = await loadContent(path.resolve(process.argv[2] ?? "content"));
  const { importContent } = await import("@/lib/content/import");
  const { db } = await import("@/lib/db/client");
  const stats = await importContent(db, tree);
  console.log(formatImportStats(stats));
  await db.$disconnect();
} catch (error) {
  // The import runs in one transaction, so whatever failed, nothing was written.
  const detail = error instanceof ContentError ? error.message : `Databasen vägrade en rad: ${(error as Error).message}`;
  console.error(`Importen avbröts, inget skrevs till databasen:\n${detail}`);
  exitCode = 1;
} finally {
  await handle.stop();
}
process.exit(exitCode);
