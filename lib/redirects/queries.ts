import { notFound, permanentRedirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { db } from "@/lib/db/client";
import { localePath } from "@/lib/i18n/routing";
import { pathPrefixes } from "./path-prefixes";

/** For a path that matched nothing: follow a recorded rename permanently, in the page's language, or show the 404. */
export async function redirectOrNotFound(path: string): Promise<never> {
  const candidates = pathPrefixes(path);
  const redirects = await db.pathRedirect.findMany({ where: { fromPath: { in: candidates } } });
  const best = redirects.sort((a, b) => b.fromPath.length - a.fromPath.length)[0];
  if (best) permanentRedirect(localePath(await getLocale(), best.toPath + path.slice(best.fromPath.length)));
  notFound();
}
