import { env } from "@/lib/env";

export { escapeXml } from "./xml-escape";

/** A public path as an absolute address on SITE_URL, for feeds, catalogues and open data. */
export const absoluteUrl = (path: string) => new URL(path, env.SITE_URL).href;
