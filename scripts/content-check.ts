import path from "node:path";
import { ContentError, loadContent } from "@/lib/content/load";
import { translator } from "@/lib/i18n/translator";

const t = translator("sv");

const dir = path.resolve(process.argv[2] ?? "content");
try {
  const tree = await loadContent(dir);
  for (const m of tree.municipalities) {
    const areas = m.documents.flatMap((d) => d.areas);
    const counts = {
      documents: m.documents.length,
      areas: areas.length,
      goals: areas.flatMap((a) => a.goals).length,
      actions: areas.flatMap((a) => a.actions).length,
    };
    console.log(`${m.municipality.shortName}: ${t("cli.contentCheck.counts", counts)}`);
  }
  console.log(t("cli.contentCheck.valid"));
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`${t("cli.contentCheck.invalid")}\n${error.message}`);
  process.exit(1);
}
