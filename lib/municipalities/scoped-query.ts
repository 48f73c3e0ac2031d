import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";

/**
 * A cached read of one kind of a municipality's items (networks, dialogues…), or null when the
 * municipality does not exist.
 */
export function municipalityItems<T>(name: string, load: (municipalityId: number) => Promise<T>) {
  return cachedQuery(
    name,
    (m: string) => [cacheTags.municipality(m)],
    async (slug: string) => {
      const municipality = await db.municipality.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } });
      return municipality ? { municipality, items: await load(municipality.id) } : null;
    },
  );
}
