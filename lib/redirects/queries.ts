import { notFound, permanentRedirect } from "next/navigation";
import { db } from "@/lib/db/client";
import { pathPrefixes } from "./path-prefixes";

/** For a path that matched nothing: follow a recorded rename permanently, or show the 404. */
export async function redirectOrNotFound(path: string): Promise<never> {
  const candidates = pathPrefixes(path);
  const redirects = await db.pathRedirect.findMany({ where: { fromPath: { in: candidates } } });
  const best = redirects.sort((a, b) => b.fromPath.length - a.fromPath.length)[0];
  if (best) permanentRedirect(best.toPath + path.slice(best.fromPath.length));
  notFound();
}
