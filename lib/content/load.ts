import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { LineCounter, parseDocument, isNode, type Document as YamlDocument } from "yaml";
import type { z } from "zod";
import {
  agenda2030ContentSchema,
  documentContentSchema,
  municipalityContentSchema,
  publicHealthContentSchema,
  type Agenda2030Content,
  type DocumentContent,
  type MunicipalityContent,
  type PublicHealthContent,
} from "./schema";
import { checkReferences } from "./references";
import { contentWords, issueText } from "./words";

export type ContentProblem = { file: string; line?: number; field?: string; message: string };

export class ContentError extends Error {
  constructor(readonly problems: ContentProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ContentError";
  }
}

export function formatProblem(p: ContentProblem): string {
  const where = p.line ? `${p.file}:${p.line}` : p.file;
  return `${where}: ${p.field ? `${p.field}: ` : ""}${p.message}`;
}

export type MunicipalityBundle = { municipality: MunicipalityContent; documents: DocumentContent[]; dir: string };
export type ContentTree = {
  agenda2030: Agenda2030Content;
  publicHealth: PublicHealthContent;
  municipalities: MunicipalityBundle[];
};

function fieldPath(segments: PropertyKey[]): string {
  return segments.reduce<string>((acc, s) => (typeof s === "number" ? `${acc}[${s}]` : acc ? `${acc}.${String(s)}` : String(s)), "");
}

function lineOf(doc: YamlDocument, counter: LineCounter, segments: PropertyKey[]): number | undefined {
  // The offending key may be missing; walk up to the nearest node that exists.
  for (let n = segments.length; n >= 0; n--) {
    const node = doc.getIn(segments.slice(0, n) as (string | number)[], true);
    if (isNode(node) && node.range) return counter.linePos(node.range[0]).line;
  }
  return undefined;
}

async function parseFile<S extends z.ZodType>(file: string, schema: S, root: string): Promise<z.infer<S>> {
  const rel = path.relative(root, file);
  const source = await readFile(file, "utf8").catch(() => {
    throw new ContentError([{ file: rel, message: contentWords("contentCheck.unreadable") }]);
  });
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ContentError(
      doc.errors.map((e) => ({
        file: rel,
        line: counter.linePos(e.pos[0]).line,
        message: contentWords("contentCheck.invalidYaml", { detail: e.message.split("\n")[0] ?? "" }),
      })),
    );
  }
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    throw new ContentError(
      result.error.issues.map((issue) => ({
        file: rel,
        line: lineOf(doc, counter, issue.path),
        field: fieldPath(issue.path) || undefined,
        message: issueText(issue),
      })),
    );
  }
  return result.data;
}

async function yamlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir).catch(() => []);
  return entries
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** Reads and validates every content file; throws ContentError naming every problem found. */
export async function loadContent(contentDir: string): Promise<ContentTree> {
  const root = path.dirname(contentDir);
  const problems: ContentProblem[] = [];
  const collect = async <T>(work: Promise<T>): Promise<T | undefined> => {
    try {
      return await work;
    } catch (error) {
      if (error instanceof ContentError) problems.push(...error.problems);
      else throw error;
      return undefined;
    }
  };

  const agenda2030 = await collect(parseFile(path.join(contentDir, "reference/agenda2030.yaml"), agenda2030ContentSchema, root));
  const publicHealth = await collect(parseFile(path.join(contentDir, "reference/public-health.yaml"), publicHealthContentSchema, root));

  const municipalities: MunicipalityBundle[] = [];
  const municipalityRoot = path.join(contentDir, "municipalities");
  for (const name of (await readdir(municipalityRoot)).sort()) {
    const dir = path.join(municipalityRoot, name);
    const municipality = await collect(parseFile(path.join(dir, "municipality.yaml"), municipalityContentSchema, root));
    const documents: DocumentContent[] = [];
    for (const file of await yamlFiles(path.join(dir, "documents"))) {
      const document = await collect(parseFile(file, documentContentSchema, root));
      if (document) documents.push(document);
    }
    if (municipality) municipalities.push({ municipality, documents, dir: path.relative(root, dir) });
  }

  problems.push(...municipalities.flatMap(checkReferences));
  if (problems.length > 0 || !agenda2030 || !publicHealth) throw new ContentError(problems);
  return { agenda2030, publicHealth, municipalities };
}
