import { readFile } from "node:fs/promises";
import path from "node:path";
import type { Quad } from "@rdfjs/types";
import rdfDataset from "@rdfjs/dataset";
import { Parser as TurtleParser } from "n3";
import { RdfXmlParser } from "rdfxml-streaming-parser";
import SHACLValidator from "rdf-validate-shacl";

const shapeFiles = ["dcat-ap-3.0.1-shacl.ttl", "dcat-ap-3.0.1-ranges.ttl"];

/** RDF/XML as quads, with relative addresses resolved against `base`. */
export function parseRdfXml(text: string, base: string): Promise<Quad[]> {
  const quads: Quad[] = [];
  return new Promise((resolve, reject) => {
    const parser = new RdfXmlParser({ baseIRI: base });
    parser.on("data", (q: Quad) => quads.push(q));
    parser.on("error", reject);
    parser.on("end", () => resolve(quads));
    parser.end(text);
  });
}

/** The official DCAT-AP 3.0.1 shapes (tests/fixtures/dcat-ap): required properties and the class of every value. */
async function dcatApShapes() {
  const quads = await Promise.all(shapeFiles.map(async (f) => new TurtleParser().parse(await readFile(path.resolve("tests/fixtures/dcat-ap", f), "utf8"))));
  return rdfDataset.dataset(quads.flat() as unknown as Quad[]);
}

/** Every violation of the DCAT-AP 3.0.1 shapes in the catalogue, as "focus node, path: message" lines. */
export async function dcatApViolations(quads: Quad[]): Promise<string[]> {
  const validator = new SHACLValidator(await dcatApShapes());
  const report = await validator.validate(rdfDataset.dataset(quads));
  return report.results
    .filter((r) => r.severity?.value.endsWith("#Violation"))
    .map((r) => `${r.focusNode?.value} ${r.path?.value ?? ""}: ${r.message.map((m) => m.value).join(" ")} (${r.sourceShape?.value})`);
}
