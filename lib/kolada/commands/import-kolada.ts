import { invalid, parseInput } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { fetchKoladaRows } from "../fetch";
import { importKoladaRows, type KoladaReport } from "../import";
import { parseKoladaPage } from "../parse";
import { koladaImportSchema } from "../schema";

/** A coordinator imports indicator values from a Kolada JSON file or API address; a bad file writes nothing and says why. */
export async function importKolada(user: SessionUser, input: unknown): Promise<KoladaReport> {
  const data = parseInput(koladaImportSchema, input);
  assertCan(user, "edit", { municipalityId: data.municipalityId });
  const { rows, problems } = data.json ? parseKoladaPage(data.json) : await fetchKoladaRows(data.url!);
  if (problems.length > 0) throw invalid({ file: problems }, sv.kolada.problems);
  return importKoladaRows(user, data.municipalityId, rows);
}
