import { createServer, ServerResponse, type Server } from "node:http";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { answerOutagesWith503, isDatabaseUnreachable, noteError } from "@/lib/db/outage";

// A copy of the prototype, so the wrapped methods serve only this test's server.
class TestResponse extends ServerResponse {}
answerOutagesWith503(TestResponse.prototype);

let server: Server;
let base: string;
beforeAll(async () => {
  server = createServer({ ServerResponse: TestResponse }, (req, res) => {
    if (req.url === "/ok") return void res.end("hej");
    res.statusCode = 500;
    res.setHeader("Content-Encoding", "gzip");
    res.setHeader("Content-Length", "999");
    res.write(gzipSync("Can't reach database server at 127.0.0.1:5432"));
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("database outages (docs/decisions/062)", () => {
  it("recognises an unreachable database however the error is wrapped", () => {
    expect(isDatabaseUnreachable({ code: "P1001", message: "Can't reach database server at 127.0.0.1:1" })).toBe(true);
    expect(isDatabaseUnreachable(new Error("Invalid invocation", { cause: { code: "ECONNREFUSED" } }))).toBe(true);
    expect(isDatabaseUnreachable({ name: "DriverAdapterError", cause: { kind: "DatabaseNotReachable" } })).toBe(true);
    // A pooled connection the stopping server closed.
    expect(isDatabaseUnreachable({ code: "P1017", message: "Server has closed the connection." })).toBe(true);
    expect(isDatabaseUnreachable({ meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } } })).toBe(true);
    expect(isDatabaseUnreachable(new Error("Unique constraint failed", { cause: { code: "P2002" } }))).toBe(false);
  });

  it("leaves a 500 alone while the database is fine, and turns it into a Swedish 503 during an outage", async () => {
    expect((await fetch(`${base}/fel`)).status).toBe(500);
    noteError(new Error("x", { cause: { code: "ECONNREFUSED" } }));
    const response = await fetch(`${base}/fel`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("30");
    expect(response.headers.get("content-encoding")).toBeNull();
    const body = await response.text();
    expect(body).toContain("Sidan kan inte visas just nu");
    expect(body).not.toContain("127.0.0.1");
    expect(await (await fetch(`${base}/ok`)).text()).toBe("hej");
  });
});
