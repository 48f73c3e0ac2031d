import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";

describe("the client's address", () => {
  it("is the peer the server saw, unless that peer is a trusted proxy: then the right-most address not trusted", () => {
    const chain = { "x-forwarded-for": "1.1.1.1, 198.51.100.7, 10.0.0.5, 10.0.0.9" };
    expect(clientAddress(chain, [])).toBe("10.0.0.9");
    expect(clientAddress(chain, ["10.0.0.0/8"])).toBe("198.51.100.7");
    expect(clientAddress(chain, ["10.0.0.9", "10.0.0.5"])).toBe("198.51.100.7");
    expect(clientAddress(chain, ["10.0.0.0/8", "198.51.100.0/24", "1.1.1.1"]), "all trusted: the left-most").toBe("1.1.1.1");
    expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" }, [])).toBe("127.0.0.1");
    expect(clientAddress({ "x-forwarded-for": "2001:db8::1, ::1" }, ["::1/128"])).toBe("2001:db8::1");
    expect(clientAddress({ "x-forwarded-for": "inte-en-adress, 10.0.0.9" }, ["10.0.0.0/8"])).toBe("inte-en-adress");
    expect(clientAddress({ "x-real-ip": "5.5.5.5" }, [])).toBeNull();
    expect(clientAddress(undefined, [])).toBeNull();
  });
});
