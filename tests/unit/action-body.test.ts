import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { malformedActionBody } from "@/lib/http/action-body";

// React's own encoder, as the browser runs it: what it makes must always pass.
const { encodeReply } = createRequire(import.meta.url)("next/dist/compiled/react-server-dom-turbopack/client.edge") as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

const post = (body: string | FormData, type?: string) =>
  new Request("http://localhost/admin/x", { method: "POST", body, headers: { "next-action": "7f00", ...(type ? { "content-type": type } : {}) } });

describe("server-action bodies", () => {
  it.each([
    [
      "a form action's state and FormData",
      () => {
        const f = new FormData();
        f.set("title", "Trygg skola");
        f.append("rows", "5");
        return [{ status: "idle", values: { a: "$x" } }, f];
      },
    ],
    ["plain values", () => ["text", 1, null, undefined, new Date(0), 10n, "$dollar", -0, Number.NaN, Infinity]],
    ["a Map, a Set and nested objects", () => [new Map([["a", 1]]), new Set([1]), { nested: { deep: [1, 2, { x: "y" }] } }]],
    ["no arguments", () => []],
  ])("accepts what React encodes: %s", async (_case, args) => {
    expect(await malformedActionBody(post(await encodeReply(args())))).toBe(false);
  });

  it.each([
    "",
    "garbage",
    "{",
    "null",
    '"constructor"',
    "{}",
    '["$Q1"]',
    '["$@0x"]',
    '[{"then":"$1:then"}]',
    '["$nabc"]',
    "\u0000",
    JSON.stringify(Array(1_001).fill("x")),
  ])("refuses the text body %j", async (body) => {
    expect(await malformedActionBody(post(body, "text/plain;charset=UTF-8"))).toBe(true);
  });

  it("refuses a multipart body without its root row, with an unparsable row or a reference to a row not sent", async () => {
    const form = (fields: Record<string, string>) => Object.entries(fields).reduce((f, [k, v]) => (f.append(k, v), f), new FormData());
    expect(await malformedActionBody(post(form({ "1_title": "x" })))).toBe(true);
    expect(await malformedActionBody(post(form({ "0": "garbage" })))).toBe(true);
    expect(await malformedActionBody(post(form({ "0": '["$1"]', "1": "{" })))).toBe(true);
    expect(await malformedActionBody(post(form({ "0": '["$W2"]' })))).toBe(true);
    expect(await malformedActionBody(post("--x\r\nbroken", "multipart/form-data; boundary=y"))).toBe(true);
  });
});
