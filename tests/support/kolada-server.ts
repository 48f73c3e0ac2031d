import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import path from "node:path";

const fixtures = path.resolve("tests/fixtures/kolada");

/** Addresses (path and query, as Kolada's links name them) and the recorded answer each gets. */
const routes: Record<string, string> = {
  "/v3/data/kpi/N00945/municipality/0181,0000": "v3/n00945-page1.json",
  "/v3/data/kpi/N00945/municipality/0181,0000?page=2&per_page=3": "v3/n00945-page2.json",
  "/v3/data/kpi/N00945/municipality/0181?from_date=2026-01-01": "v3/n00945-from-date.json",
  "/v3/oudata/kpi/N15033/ou/V15E144001301": "v3/oudata.json",
  "/v2/data/kpi/N00945,N02280/municipality/0181": "v2/page1.json",
  "/v2/data/kpi/N00945,N02280/municipality/0181?page=2&per_page=2": "v2/page2.json",
  "/v2/data/kpi/N00945,N02280/municipality/0181?page=3&per_page=2": "v2/page3.json",
  "/v2/data/kpi/N02280/municipality/0181?from_date=2026-01-01": "v2/from-date.json",
};

export type KoladaServer = { origin: string; requests: string[]; close: () => Promise<void> };

/**
 * A stand-in for api.kolada.se on a loopback port: answers the recorded pages over real HTTP, with
 * their links to api.kolada.se pointing at itself. `/v3/data/endless` links to a next page forever
 * (the page bound), `/v3/data/redirect` redirects to another origin that answers (never followed). Records every request.
 */
export async function startKoladaServer(): Promise<KoladaServer> {
  const requests: string[] = [];
  let origin = "";
  const server: Server = createServer(async (request, response) => {
    const address = request.url ?? "/";
    requests.push(address);
    const url = new URL(address, origin);
    if (url.pathname === "/v3/data/endless") {
      const page = Number(url.searchParams.get("page") ?? 1);
      const row = { kpi: "N00945", municipality: "0181", period: 2000 + (page % 100), values: [{ gender: "T", value: 50, count: 1, status: "" }] };
      response.writeHead(200, { "content-type": "application/json" });
      return void response.end(JSON.stringify({ count: 1, values: [row], next_url: `${origin}/v3/data/endless?page=${page + 1}` }));
    }
    // Elsewhere, reachable and answering Kolada's shape: an import that followed it would succeed.
    if (url.pathname === "/v3/data/redirect")
      return void response
        .writeHead(302, { location: origin.replace("127.0.0.1", "localhost") + "/v3/data/kpi/N00945/municipality/0181,0000?page=2&per_page=3" })
        .end();
    const file = routes[address];
    if (!file) return void response.writeHead(404, { "content-type": "application/json" }).end('{"error":"not found"}');
    const body = (await readFile(path.join(fixtures, file), "utf8")).replaceAll(/https?:\/\/api\.kolada\.se/g, origin);
    response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  origin = `http://127.0.0.1:${port}`;
  return { origin, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/**
 * The server, named in KOLADA_TEST_ORIGIN before lib/env reads it: call from `vi.hoisted`, which runs
 * above a test file's imports.
 */
export async function startKoladaServerForImports(): Promise<KoladaServer> {
  const server = await startKoladaServer();
  process.env.KOLADA_TEST_ORIGIN = server.origin;
  return server;
}
