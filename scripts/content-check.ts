import path from "node:path";
import { ContentError, loadContent } from "@/lib/content/load";

const dir = path.resolve(process.argv[2] ?? "content");
try {
  const tree = await loadContent(dir);
  for (const m of tree.municipalities) {
    const areas = m.documents.flatMap((d) => d.areas);
    console.log(
      `${m.municipality.shortName}: ${m.documents.length} dokument, ${areas.length} områden, ` +
        `${areas.flatMap((a) => a.goals).length} mål, ${areas.flatMap((a) => a.actions).length} åtgärder`,
    );
  }
  console.log("Innehållet är giltigt.");
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Innehållet är ogiltigt:\n${error.message}`);
  process.exit(1);
}
