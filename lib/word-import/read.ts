import mammoth from "mammoth";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { invalid } from "@/lib/errors";
import type { MessageKey } from "@/lib/i18n/message";
import { proposeOutline, TITLE_STYLE_MAP, type Proposal } from "./outline";

/** The largest Word file the import reads (README "Signing in and editing"). */
export const MAX_WORD_BYTES = 20 * 1024 * 1024;

const refuse = (message: MessageKey) => invalid({ file: [message] }, message);

// A .docx is a zip archive: it starts with "PK\3\4".
const looksLikeZip = (bytes: Uint8Array) => bytes.length > 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * An uploaded file's proposed plan. Refuses, saying why and before anything is written, a file too large,
 * one that is not a Word document (another zip, random bytes, renamed text) and one without headings or numbered paragraphs.
 */
export async function readWordPlan(file: { name: string; size: number; bytes: () => Promise<Uint8Array> }): Promise<Proposal> {
  if (file.size > MAX_WORD_BYTES) throw refuse("wordImport.tooLarge");
  if (file.size === 0) throw refuse("wordImport.notWord");
  const bytes = await file.bytes();
  if (!looksLikeZip(bytes)) throw refuse("wordImport.notWord");
  let html: string;
  try {
    // Images are not part of a plan's structure: left out rather than inlined into the HTML as data.
    const convertImage = mammoth.images.imgElement(async () => ({ src: "" }));
    ({ value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: TITLE_STYLE_MAP, convertImage }));
  } catch (error) {
    console.warn(`[word-import] ${file.name}: ${(error as Error).message}`);
    throw refuse("wordImport.notWord");
  }
  const proposal = proposeOutline(html);
  if (proposal.rows.length === 0) throw refuse("wordImport.noHeadings");
  return proposal;
}

/** The upload step: the file is read only for someone who may create the plan in this municipality (it costs the server work). */
export async function proposeWordPlan(user: SessionUser, municipalityId: number, file: Parameters<typeof readWordPlan>[0]): Promise<Proposal> {
  assertCan(user, "edit", { municipalityId });
  return readWordPlan(file);
}
