import { readFile } from "node:fs/promises";
import path from "node:path";
import { escapeXml } from "@/lib/xml-escape";
import { defaultLocale, locales } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { UNCACHED_PREFIXES } from "./policy";

export const VCL_TEMPLATE = path.join(process.cwd(), "lib", "front", "front.vcl");

export type FrontConfig = {
  /** The app instances, "host:port". */
  backends: string[];
  /** Addresses (or networks, "10.0.0.0/24") allowed to purge: the app instances' own. */
  purgers: string[];
};

const hostPort = (address: string) => {
  const match = /^\[?([^\]]+?)\]?:(\d+)$/.exec(address.trim());
  if (!match) throw new Error(`Ogiltig adress till appen: "${address}" (ange värd:port)`);
  return { host: match[1]!, port: match[2]! };
};

const aclEntry = (entry: string) => {
  const [address, bits] = entry.trim().split("/");
  if (!address || !/^[0-9a-fA-F.:]+$/.test(address) || (bits !== undefined && !/^\d+$/.test(bits))) throw new Error(`Ogiltig adress för rensning: "${entry}"`);
  return `  "${address}"${bits ? `/${bits}` : ""};`;
};

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The page for what the front never had while the app is down (no app, no stylesheet): Swedish first,
 * then the other languages the catalogues have it in, as the app's own standalone pages.
 */
function unavailablePage() {
  const sv = translator(defaultLocale);
  const text = (t: typeof sv) => escapeXml(t("front.unavailableText"));
  const others = locales
    .filter((l) => l !== defaultLocale && translator(l).has("front.unavailableText") && translator(l)("front.unavailableText") !== sv("front.unavailableText"))
    .map((l) => `<section lang="${l}"><h2>${escapeXml(translator(l)("front.unavailableTitle"))}</h2><p>${text(translator(l))}</p></section>`);
  const title = escapeXml(sv("front.unavailableTitle"));
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1><p>${text(sv)}</p>${others.join("")}</body></html>`;
}

/** The front's VCL for these instances, from the template in the repository. */
export async function renderVcl(config: FrontConfig): Promise<string> {
  if (config.backends.length === 0) throw new Error("Ange minst en instans av appen.");
  const names = config.backends.map((_, i) => `app${i + 1}`);
  const backends = config.backends.map((address, i) => {
    const { host, port } = hostPort(address);
    return `backend ${names[i]} {\n  .host = "${host}";\n  .port = "${port}";\n  .probe = health;\n  .connect_timeout = 1s;\n  .first_byte_timeout = 60s;\n}`;
  });
  // The Finnish and English versions of a per-request page are just as personal (lib/i18n/routing.ts).
  const uncachedPaths = `^(/(fi|en))?(${UNCACHED_PREFIXES.map(escapeRegex).join("|")})([/?]|$)`;
  const template = await readFile(VCL_TEMPLATE, "utf8");
  return template
    .replace("@BACKENDS@", backends.join("\n\n"))
    .replace("@PURGERS@", config.purgers.map(aclEntry).join("\n"))
    .replace("@DIRECTOR@", names.map((name) => `  app.add_backend(${name});`).join("\n"))
    .replace("@UNCACHED@", uncachedPaths)
    .replace("@UNAVAILABLE@", unavailablePage());
}
