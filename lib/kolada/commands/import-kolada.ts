import { invalid } from "@/lib/errors";
import { sv } from "@/lib/i18n/sv";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { checkKoladaAddress } from "../address";
import { fetchKoladaRows, readKoladaFile } from "../fetch";
import { importKoladaRows, type KoladaReport } from "../import";
import { koladaImportSchema } from "../schema";

/** A coordinator imports indicator values from a Kolada JSON file or API address (every page); a bad file writes nothing and says why. */
export const importKolada = defineCommand({
  schema: koladaImportSchema,
  authorize: (user, _nothing, { municipalityId }) => assertCan(user, "edit", { municipalityId }),
  write: async ({ user, data }): Promise<KoladaReport> => {
    if (data.url) {
      const checked = checkKoladaAddress(data.url);
      if ("problem" in checked) throw invalid({ url: [sv.kolada.address[checked.problem]] });
    }
    const read = data.json ? readKoladaFile(data.json) : await fetchKoladaRows(data.url!);
    if (read.problems.length > 0) throw invalid({ file: read.problems }, sv.kolada.problems);
    return importKoladaRows(user, data.municipalityId, read);
  },
});
