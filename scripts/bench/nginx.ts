import { spawn } from "node:child_process";
import { chmod, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/lib/db/embedded";
import { waitForHttp } from "./http";

const NGINX = "/usr/sbin/nginx";

/**
 * The physical reference: nginx from Debian serving `files` as static files, as a child process with
 * its own configuration on 127.0.0.1 and a free port. One worker, like the one Node.js process it is
 * compared with (docs/decisions/022-benchmark-method.md).
 */
export async function startStaticServer(files: Record<string, string>) {
  const port = await freePort();
  const dir = await mkdtemp(path.join(os.tmpdir(), "strategiportalen-nginx-"));
  const root = path.join(dir, "www");
  await mkdir(root);
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(root, name), content);
  // As root, nginx's workers run as nobody and must be able to read the files.
  await chmod(dir, 0o755);
  await chmod(root, 0o755);
  const config = `daemon off;
worker_processes 1;
pid ${path.join(dir, "nginx.pid")};
error_log ${path.join(dir, "error.log")} warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${path.join(dir, "client-body")};
  default_type text/html;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000000;
  server {
    listen 127.0.0.1:${port};
    root ${root};
  }
}
`;
  const configFile = path.join(dir, "nginx.conf");
  await writeFile(configFile, config);
  const child = spawn(NGINX, ["-p", dir, "-c", configFile, "-e", path.join(dir, "error.log")], { stdio: "ignore" });
  const url = `http://127.0.0.1:${port}`;
  await waitForHttp(`${url}/${Object.keys(files)[0]}`, child);
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGQUIT");
        await exited;
      }
      await rm(dir, { recursive: true, force: true });
    },
  };
}
