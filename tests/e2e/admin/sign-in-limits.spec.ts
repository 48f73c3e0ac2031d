import { request as httpRequest } from "node:http";
import { expect, test } from "../support/console";
import { accounts, E2E_PASSWORD } from "../support/accounts";
import { signIn } from "../support/sign-in";

const port = Number(process.env.E2E_PORT || 3210);

/**
 * An HTTP request from another loopback address (127.0.0.0/8 all reaches the server), so this test's
 * peer is its own and its address limit does not touch the other tests, which come from 127.0.0.1.
 */
function send(from: string, method: string, path: string, headers: Record<string, string>, body?: string) {
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, method, path, localAddress: from, headers }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on("error", reject);
    req.end(body);
  });
}

/** One sign-in through next-auth's own endpoint, as the sign-in form sends it; returns its error code or "ok". */
async function attempt(from: string, forwardedFor: string, email: string, password: string) {
  const csrf = await send(from, "GET", "/api/auth/csrf", {});
  const cookie = ([csrf.headers["set-cookie"]].flat().filter(Boolean) as string[]).map((c) => c.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const body = new URLSearchParams({ csrfToken, email, password, json: "true", callbackUrl: "/admin" }).toString();
  const response = await send(
    from,
    "POST",
    "/api/auth/callback/credentials",
    { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": forwardedFor },
    body,
  );
  const { url } = JSON.parse(response.body) as { url: string };
  return new URL(url).searchParams.get("error") ?? "ok";
}

test("rotating X-Forwarded-For does not escape the per-address limit, and other addresses are unaffected", async ({ page }) => {
  const from = `127.0.0.${50 + Math.floor(Math.random() * 150)}`;
  const results: string[] = [];
  for (let i = 0; i < 22; i++) results.push(await attempt(from, `198.51.100.${i}, 203.0.113.${i}`, `gissning-${i}-${Date.now()}@e2e.example`, "fel lösenord"));
  expect(results.slice(0, 20)).toEqual(Array(20).fill("invalid"));
  expect(results.slice(20)).toEqual(["locked", "locked"]);
  // The right password of a real account from that address is refused too, whatever it claims to be.
  expect(await attempt(from, "192.0.2.1", accounts.reviewer.email, E2E_PASSWORD)).toBe("locked");
  // The same account from another address signs in.
  await signIn(page, "reviewer");
});
