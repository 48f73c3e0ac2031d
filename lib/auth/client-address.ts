import { BlockList, isIP } from "node:net";

type Headers = Record<string, string | string[] | undefined> | undefined;

/** "::ffff:192.0.2.1" (how Node reports IPv4 peers on a dual-stack socket) is 192.0.2.1. */
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, "");

function blockListOf(trusted: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of trusted) {
    const [address = "", prefix] = entry.split("/");
    const type = isIP(address) === 6 ? "ipv6" : "ipv4";
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/**
 * The client's address, for rate limiting and the audit log. The portal's server appends the peer it
 * saw to X-Forwarded-For (scripts/lib/next-server.mjs), so the chain's last entry is always real;
 * walking from the right, entries added by trusted proxies (TRUSTED_PROXIES) are skipped, and the
 * first address that no trusted proxy vouches for is the client. Anything left of it is what the
 * client itself claimed, and is never used (docs/decisions/051).
 */
export function clientAddress(headers: Headers, trusted: readonly string[]): string | null {
  const header = headers?.["x-forwarded-for"];
  const chain = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((entry) => plain(entry.trim()))
    .filter(Boolean);
  if (chain.length === 0) return null;
  const proxies = blockListOf(trusted);
  for (let i = chain.length - 1; i > 0; i--) {
    const entry = chain[i]!;
    const type = isIP(entry);
    if (type === 0 || !proxies.check(entry, type === 6 ? "ipv6" : "ipv4")) return entry;
  }
  return chain[0]!;
}
