import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";

/** A server action as "<file under app/>#<export>", the way Next.js's server reference manifest names it. */
export type ActionKey = `app/${string}.ts#${string}`;

const root = path.resolve(import.meta.dirname, "../../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    return entry.isDirectory() ? sourceFiles(rel) : /\.tsx?$/.test(entry.name) ? [rel] : [];
  });
}

/** Every server action in the code: each exported async function of a file under app/ that starts with "use server". */
export function serverActionsInCode(): ActionKey[] {
  return sourceFiles("app").flatMap((file) => {
    const source = readFileSync(path.join(root, file), "utf8");
    if (!/^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source)) return [];
    return [...source.matchAll(/^export\s+async\s+function\s+(\w+)/gm)].map(([, name]) => `${file}#${name}` as ActionKey);
  });
}

/** The build's id of each server action (what the browser sends as the Next-Action header). */
export function serverActionIds(distDir = process.env.NEXT_DIST_DIR || ".next-e2e"): Map<ActionKey, string> {
  const manifest = JSON.parse(readFileSync(path.join(root, distDir, "server/server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename: string; exportedName: string }>;
  };
  return new Map(Object.entries(manifest.node).map(([id, { filename, exportedName }]) => [`${filename}#${exportedName}` as ActionKey, id]));
}

/** What an action is called with: its bound arguments (the page binds them, the browser sends them) and its form's fields. */
export type ActionCall = {
  path: string;
  bound?: (string | number)[];
  form?: Record<string, string | string[]>;
  file?: { name: string; buffer: Buffer };
  text?: string;
};

/**
 * Calls a server action the way React's client does, at the HTTP level: `Next-Action` names it, field "0"
 * holds the arguments (bound ones, the form's previous state, then a reference to the form's fields), and
 * the form's fields prefixed "_1_". A refused call answers with the form state naming the refusal.
 */
export async function callServerAction(request: APIRequestContext, baseURL: string, id: string, call: ActionCall) {
  const headers = { "next-action": id, origin: baseURL, accept: "text/x-component" };
  if (call.text !== undefined) {
    const response = await request.post(call.path, {
      headers: { ...headers, "content-type": "text/plain;charset=UTF-8" },
      data: JSON.stringify([call.text]),
      maxRedirects: 0,
    });
    return { status: response.status(), body: await response.text() };
  }
  const form = new FormData();
  for (const [name, value] of Object.entries(call.form ?? {})) for (const v of [value].flat()) form.append(`_1_${name}`, v);
  if (call.file) form.append("_1_file", new Blob([new Uint8Array(call.file.buffer)], { type: "application/json" }), call.file.name);
  // NOTE: last, as the browser sends it: the server resolves the reference to the fields when it reads "0".
  form.append("0", JSON.stringify([...(call.bound ?? []), { status: "idle" }, "$K1"]));
  const response = await request.post(call.path, { headers, multipart: form, maxRedirects: 0 });
  return { status: response.status(), body: await response.text() };
}
