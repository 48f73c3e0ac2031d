import { notFound, permanentRedirect } from "next/navigation";
import { db } from "@/lib/db/client";

/** "/a/b/c" → ["/a/b/c", "/a/b", "/a"]: a renamed document also moves every page below it. */
export function pathPrefixes(path: string): string[] {
  const parts = path.split("/").filter(Boolean);
  return parts.map((_, i) => `/${parts.slice(0, parts.length - i).join("/")}`);
}

/** For a path that matched nothing: follow a recorded rename permanently, or show the 404. */
export async function redirectOrNotFound(path: string): Promise<never> {
  const candidates = pathPrefixes(path);
  const redirects = await db.pathRedirect.findMany({ where: { fromPath: { in: candidates } } });
  const best = redirects.sort((a, b) => b.fromPath.length - a.fromPath.length)[0];
  if (best) permanentRedirect(best.toPath + path.slice(best.fromPath.length));
  notFound();
}
