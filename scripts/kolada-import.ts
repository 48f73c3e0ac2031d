// Indicator values from Kolada: `npm run kolada:import -- <file.json | https://api.kolada.se/v3/…> --municipality <slug>`.
// Uses DATABASE_URL or the embedded PostgreSQL. A file with any problem is refused whole, naming row and field.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { openDatabase } from "@/lib/db/bootstrap";
import { AppError } from "@/lib/errors";
import { translateMessage } from "@/lib/i18n/message";
import { translator } from "@/lib/i18n/translator";

const t = translator("sv");
const { values: args, positionals } = parseArgs({ options: { municipality: { type: "string" } }, allowPositionals: true });
const source = positionals[0];
if (!source || !args.municipality) {
  console.error(t("kolada.usage"));
  process.exit(2);
}

const database = await openDatabase();
process.env.DATABASE_URL = database.url;
let exitCode = 0;
try {
  const { db } = await import("@/lib/db/client");
  const { fetchKoladaRows, readKoladaFile } = await import("@/lib/kolada/fetch");
  const { importKoladaRows, reportLines } = await import("@/lib/kolada/import");
  const municipality = await db.municipality.findUnique({ where: { slug: args.municipality }, select: { id: true } });
  if (!municipality) throw new Error(`${t("kolada.unknownMunicipality")} (${args.municipality})`);
  const read = /^https?:\/\//.test(source) ? await fetchKoladaRows(t, source) : readKoladaFile(t, await readFile(source, "utf8"));
  if (read.problems.length > 0) {
    console.error([t("kolada.problems"), ...read.problems.map((p) => `  ${p}`)].join("\n"));
    exitCode = 1;
  } else {
    const { commandLineActor } = await import("@/lib/revisions/command-line");
    const report = await importKoladaRows(t, commandLineActor("kolada:import"), municipality.id, read);
    console.log(reportLines(t, report).join("\n"));
  }
  await db.$disconnect();
} catch (error) {
  const lines =
    error instanceof AppError
      ? [
          translateMessage(t, error.userMessage),
          ...Object.values(error.details.fieldErrors ?? {})
            .flat()
            .map((p) => `  ${translateMessage(t, p)}`),
        ]
      : [(error as Error).message];
  console.error(lines.join("\n"));
  exitCode = 1;
} finally {
  await database.stop();
}
process.exit(exitCode);
