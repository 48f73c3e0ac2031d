// Writes the database as content files, the format content:import reads:
// `npm run content:export -- --out <dir> [--municipality <slug> …]` (uses DATABASE_URL or the embedded PostgreSQL).
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db/bootstrap";
import { writeContentFiles } from "@/lib/content-sync/write-files";
import { translator } from "@/lib/i18n/translator";

const t = translator("sv");
const args = (() => {
  try {
    return parseArgs({ options: { municipality: { type: "string", multiple: true }, out: { type: "string" } } });
  } catch {
    return null;
  }
})();
if (!args?.values.out) {
  console.error(t("contentImport.exportUsage"));
  process.exit(2);
}
const out = path.resolve(args.values.out);

const handle = await openDatabase({});
process.env.DATABASE_URL = handle.url;
let exitCode = 0;
try {
  const { db } = await import("@/lib/db/client");
  const { exportContent } = await import("@/lib/content-sync/export");
  const slugs = args.values.municipality;
  const missing = [];
  for (const slug of slugs ?? []) if (!(await db.municipality.findUnique({ where: { slug } }))) missing.push(slug);
  if (missing.length > 0) {
    console.error(missing.map((slug) => t("contentImport.unknownMunicipality", { slug })).join("\n"));
    exitCode = 1;
  } else {
    const files = await exportContent(slugs);
    await writeContentFiles(out, files);
    console.log(t("contentImport.exported", { files: files.size, dir: out }));
  }
  await db.$disconnect();
} finally {
  await handle.stop();
}
process.exit(exitCode);
