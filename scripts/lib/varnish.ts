import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { renderVcl } from "@/lib/front/vcl";
import { waitForHttp } from "../bench/http";
import { stopChild } from "./serve";

export type Front = { url: string; pid: number; stop(): Promise<void> };

/**
 * Varnish in front of the app instances on 127.0.0.1:`port`, with the project's VCL (lib/front/front.vcl)
 * and the settings the probe measured (docs/decisions/070): one thread pool, no gzip handling of its own.
 * Its working files (and the rendered VCL) in `dir`, which must be an absolute path.
 */
export async function startVarnish(options: { port: number; backends: string[]; dir: string; memoryMb?: number }): Promise<Front> {
  await mkdir(options.dir, { recursive: true });
  const vcl = path.join(options.dir, "front.vcl");
  await writeFile(vcl, await renderVcl({ backends: options.backends, purgers: ["127.0.0.1", "::1"] }));
  const child = spawn(
    "varnishd",
    [
      "-F",
      "-a",
      `127.0.0.1:${options.port}`,
      "-f",
      vcl,
      "-n",
      path.join(options.dir, "work"),
      "-s",
      `malloc,${options.memoryMb ?? 256}m`,
      "-T",
      "none",
      "-p",
      "http_gzip_support=off",
      "-p",
      "thread_pools=1",
    ],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
  child.on("error", () => undefined);
  const url = `http://127.0.0.1:${options.port}`;
  await waitForHttp(`${url}/api/health`, child).catch((error: Error) => {
    throw new Error(`varnishd startade inte (${error.message}). Installera det med \`apt-get install varnish varnish-modules\`.`);
  });
  return { url, pid: child.pid!, stop: () => stopChild(child, 5000) };
}
