/**
 * Text or an attribute value for XML (Atom, RDF/XML) and HTML: the five special characters escaped.
 * Apart from lib/xml.ts because that reads the environment when loaded, which the command-line tools
 * that render the front's pages (before DATABASE_URL is set) must not do.
 */
export const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
