import { env } from "@/lib/env";

/** Kolada's API: the only host on the network an import fetches from. */
const KOLADA_HOST = "api.kolada.se";

export type AddressCheck = { url: URL } | { problem: "notKolada" | "notData" | "ouData" };

/**
 * Whether an import may fetch this address, and the address it fetches. The address comes from a
 * form and from Kolada's own next-page links, so only Kolada's API is allowed: `https://api.kolada.se/`,
 * and its documentation's `http://` form, which is fetched over https. No user name, no other port.
 * Outside production a loopback test server (KOLADA_TEST_ORIGIN, checked in lib/env.ts) is allowed too,
 * so tests replay recorded answers over real HTTP.
 */
export function checkKoladaAddress(raw: string): AddressCheck {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return { problem: "notKolada" };
  }
  if (url.username || url.password) return { problem: "notKolada" };
  const kolada = url.hostname === KOLADA_HOST && url.port === "" && (url.protocol === "https:" || url.protocol === "http:");
  const testServer = env.KOLADA_TEST_ORIGIN !== undefined && url.origin === new URL(env.KOLADA_TEST_ORIGIN).origin;
  if (!kolada && !testServer) return { problem: "notKolada" };
  if (kolada) url.protocol = "https:";
  if (/^\/v[23]\/oudata\//.test(url.pathname)) return { problem: "ouData" };
  if (!/^\/v[23]\/data\//.test(url.pathname)) return { problem: "notData" };
  return { url };
}
