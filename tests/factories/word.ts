import zlib from "node:zlib";
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow } from "docx";

/**
 * Real Word files, built with the `docx` package, for the import's tests: a plan with a title, areas
 * ("Fokusområde N: …", Heading 1), goals ("Mål N.M …", Heading 2), actions as a numbered list, a bullet
 * list and a table; and the ways a file can fail.
 */
const numbering = {
  config: [
    { reference: "actions", levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }] },
    { reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.START }] },
  ],
};

const heading = (text: string, heading: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading });
const numbered = (text: string) => new Paragraph({ text, numbering: { reference: "actions", level: 0 } });
const bullet = (text: string) => new Paragraph({ text, numbering: { reference: "bullets", level: 0 } });
const row = (cells: string[]) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) });

export const wordPlanTitle = "Handlingsplan för trygghet och delaktighet";

/** The plan the tests upload: 2 areas, 3 goals, 5 actions, an introduction, a bullet list and a table. */
export async function wordPlan(): Promise<Buffer> {
  const doc = new Document({
    numbering,
    sections: [
      {
        children: [
          new Paragraph({ text: wordPlanTitle, heading: HeadingLevel.TITLE }),
          new Paragraph("Planen beskriver hur kommunen arbetar för trygghet och delaktighet 2026–2028."),
          heading("Fokusområde 1: Trygghet", HeadingLevel.HEADING_1),
          new Paragraph("Alla ska kunna röra sig tryggt i kommunen."),
          heading("Mål 1.1 Fler känner sig trygga utomhus", HeadingLevel.HEADING_2),
          new Paragraph("Andelen som känner sig trygga ska öka."),
          numbered("Bättre belysning i parker"),
          numbered("Fler vuxna ute på kvällar"),
          heading("Mål 1.2 Färre utsätts för brott", HeadingLevel.HEADING_2),
          numbered("Trygghetsvandringar i varje stadsdel"),
          bullet("Med polisen"),
          bullet("Med fastighetsägare"),
          heading("Fokusområde 2: Delaktighet", HeadingLevel.HEADING_1),
          new Table({ rows: [row(["Målgrupp", "Insats"]), row(["Unga", "Ungdomsråd"])] }),
          heading("Mål 2.1 Fler unga är med och bestämmer", HeadingLevel.HEADING_2),
          numbered("Ett ungdomsråd i varje kommundel"),
          numbered("Medborgardialog inför budgeten"),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

/** A Word file with paragraphs only: nothing to build a plan from. */
export async function wordWithoutHeadings(): Promise<Buffer> {
  const doc = new Document({ sections: [{ children: [new Paragraph("Bara löptext."), new Paragraph("Ingen rubrik alls.")] }] });
  return Packer.toBuffer(doc);
}

/** A zip archive that is not a Word document (a single text file inside). */
export function zipThatIsNotWord(): Buffer {
  // A stored (uncompressed) zip with one entry, "hej.txt", written by hand so no zip library is needed.
  const name = Buffer.from("hej.txt");
  const data = Buffer.from("hej");
  const crc = zlib.crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

/** Random bytes, as a file with a .docx name would carry them. */
export const randomBytes = (size = 4096) => Buffer.from(Array.from({ length: size }, (_, i) => (i * 7919 + 13) % 251));
