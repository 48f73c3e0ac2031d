import { env } from "@/lib/env";

/** Text or an attribute value for XML (Atom, RDF/XML): the five special characters escaped. */
export const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");

/** A public path as an absolute address on SITE_URL, for feeds, catalogues and open data. */
export const absoluteUrl = (path: string) => new URL(path, env.SITE_URL).href;
