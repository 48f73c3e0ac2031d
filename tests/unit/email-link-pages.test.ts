import { describe, expect, it } from "vitest";
import { frontHeaders } from "@/lib/front/policy";
import { needsNonce } from "@/lib/security/nonce";
import { paths } from "@/lib/paths";

const token = "A".repeat(43);

describe("the pages of links sent by e-mail (docs/decisions/101)", () => {
  it.each([paths.emailLink(token), paths.forgotPassword()])("%s is never stored by the caching front or a proxy, and gets a per-request policy", (path) => {
    // A stored page would show "choose a password" for a link already used, and keep the token's address.
    expect(frontHeaders(path)).toBeNull();
    expect(needsNonce(path)).toBe(true);
  });
});
