import type { ImportStats } from "./sync";

export function formatImportStats(stats: ImportStats): string {
  const rows = Object.entries(stats).map(([model, s]) => `  ${model.padEnd(22)} ${s.created} nya, ${s.updated} ändrade, ${s.deleted} borttagna, ${s.unchanged} oförändrade`);
  const changed = Object.values(stats).some((s) => s.created || s.updated || s.deleted);
  return `${changed ? "Innehållet importerades:" : "Inget att ändra, databasen stämmer redan med innehållet:"}\n${rows.join("\n")}`;
}
