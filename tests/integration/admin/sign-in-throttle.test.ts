import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { clientAddress } from "@/lib/auth/client-address";
import { createUser, TEST_PASSWORD } from "../../factories/users";
import { unique } from "../../factories/unique";

let next = 0;
/** A fresh address per call, so only the account limit is in play. */
const address = () => `10.${Math.floor(Math.random() * 250)}.${Math.floor(next / 250) % 250}.${next++ % 250}`;

const passwordChecks = (email: string) =>
  db.auditEvent.count({ where: { actor: email, action: "sign-in-failed", after: { path: ["reason"], equals: "wrong-password" } } });

describe("the sign-in rate limit under attack", () => {
  it("checks at most five passwords of 40 parallel wrong attempts against one account", async () => {
    const user = await createUser();
    const results = await Promise.all(
      Array.from({ length: 40 }, () => signInWithPassword({ email: user.email, password: "fel lösenord", address: address() })),
    );
    expect(await passwordChecks(user.email)).toBeLessThanOrEqual(5);
    expect(results.filter((r) => r === "locked").length).toBeGreaterThanOrEqual(35);
  });

  it("does not let a client escape the address limit by rotating X-Forwarded-For", async () => {
    const peer = `192.0.2.${Math.floor(Math.random() * 250)}`;
    const results = [];
    for (let i = 0; i < 25; i++) {
      // What the portal's server passes on: the client's own header, then the peer it saw.
      const headers = { "x-forwarded-for": `198.51.100.${i}, 203.0.113.${i}, ${peer}` };
      results.push(await signInWithPassword({ email: `${unique("gissning")}@example.se`, password: "fel", address: clientAddress(headers, []) }));
    }
    expect(results.slice(0, 20).every((r) => r === "invalid")).toBe(true);
    expect(results.slice(20)).toEqual(["locked", "locked", "locked", "locked", "locked"]);
    const user = await createUser();
    const headers = { "x-forwarded-for": `198.51.100.77, ${peer}` };
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: clientAddress(headers, []) })).toBe("locked");
  });

  it("lets the real person in with the right password once the slowdown after an attacker's burst has passed", async () => {
    const user = await createUser();
    const start = Date.now();
    await Promise.all(Array.from({ length: 40 }, () => signInWithPassword({ email: user.email, password: "fel lösenord", address: address() })));
    // Right after the burst the account is slowed down, whoever asks…
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address() })).toBe("locked");
    // …and the attacker's refused attempts during the slowdown do not lengthen it.
    for (let i = 0; i < 20; i++) await signInWithPassword({ email: user.email, password: "fel", address: address(), now: new Date(start + 10_000 + i * 1000) });
    const result = await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address(), now: new Date(start + 60_000) });
    expect(result).toMatchObject({ id: user.id });
    expect(await passwordChecks(user.email)).toBeLessThanOrEqual(5);
  });

  it("slows an attacker who keeps guessing more and more, but never for longer than a quarter of an hour", async () => {
    const user = await createUser();
    const start = Date.now();
    const at = (seconds: number) => new Date(start + seconds * 1000);
    const attempt = (seconds: number) => signInWithPassword({ email: user.email, password: "fel", address: address(), now: at(seconds) });
    for (let i = 0; i < 5; i++) expect(await attempt(0)).toBe("invalid");
    // After five, the waits double: 30 s, 1 min, 2 min, … up to 15 min.
    let t = 0;
    for (const wait of [30, 60, 120, 240, 480, 900, 900, 900]) {
      expect(await attempt(t + wait - 1), `before ${wait} s`).toBe("locked");
      expect(await attempt(t + wait), `after ${wait} s`).toBe("invalid");
      t += wait;
    }
    expect(await signInWithPassword({ email: user.email, password: TEST_PASSWORD, address: address(), now: at(t + 900) })).toMatchObject({ id: user.id });
  });
});
