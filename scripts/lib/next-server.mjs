// The production server: Next.js's request handler behind Node's own HTTP server. `next start` keeps
// a client's own X-Forwarded-For and drops the address of the socket it came from, so the app could
// not tell a client's claim from the truth. Here the peer is appended, as a proxy does, and the app
// believes only entries added by TRUSTED_PROXIES (lib/auth/client-address.ts, docs/decisions/051).
import { createServer } from "node:http";
import next from "next";

const [host = "127.0.0.1", port = "3000"] = process.argv.slice(2);
// Next.js builds the proxy's request URL on "localhost" whatever the address it listens on, and takes a
// proxy rewrite to another origin than its own request URL for an external one (fetched back through the
// proxy). Naming "localhost" here keeps the two the same, so the Swedish rewrite (lib/i18n/proxy.ts) stays
// internal; `host` is only where the socket listens.
const app = next({ dev: false, dir: process.cwd(), hostname: "localhost", port: Number(port) });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  const peer = req.socket.remoteAddress ?? "";
  const claimed = req.headers["x-forwarded-for"];
  req.headers["x-forwarded-for"] = claimed ? `${claimed}, ${peer}` : peer;
  void handle(req, res);
});
server.listen(Number(port), host, () => console.log(`Servern lyssnar på http://${host}:${port}`));

// Draining. Node's close() stops accepting and closes connections that are idle at that moment, which
// includes one whose request is still on its way from the client (it would see ECONNRESET); so requests
// already sent get a moment to arrive first, then the begun ones are answered before the process exits.
const DRAIN_DELAY_MS = 1000;
let stopping = false;
const stop = () => {
  if (stopping) return;
  stopping = true;
  setTimeout(() => server.close(() => process.exit(0)), DRAIN_DELAY_MS);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
