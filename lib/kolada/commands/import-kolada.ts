import { invalid } from "@/lib/errors";
import { message } from "@/lib/i18n/message";
import { translator } from "@/lib/i18n/translator";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { checkKoladaAddress } from "../address";
import { fetchKoladaRows, readKoladaFile } from "../fetch";
import { importKoladaRows, type KoladaReport } from "../import";
import { koladaImportSchema } from "../schema";

/**
 * A coordinator imports indicator values from a Kolada JSON file or API address (every page); a bad file
 * writes nothing and says why, row by row, in the input's language (each line a message of its own).
 */
export const importKolada = defineCommand({
  schema: koladaImportSchema,
  authorize: (user, _nothing, { municipalityId }) => assertCan(user, "edit", { municipalityId }),
  write: async ({ user, data }): Promise<KoladaReport> => {
    if (data.url) {
      const checked = checkKoladaAddress(data.url);
      if ("problem" in checked) throw invalid({ url: [`kolada.address.${checked.problem}`] });
    }
    const t = translator(data.locale);
    const read = data.json ? readKoladaFile(t, data.json) : await fetchKoladaRows(t, data.url!);
    if (read.problems.length > 0) throw invalid({ file: read.problems.map((line) => message("kolada.problemLine", { line })) }, "kolada.problems");
    return importKoladaRows(t, user, data.municipalityId, read);
  },
});
