// A published change to one goal's text, the way every command makes one: the write, then
// expireTags (lib/cache.ts), which expires the tags in Redis and purges the front. Run by the
// benchmark as its own process, because the database client and the environment are read once per
// process. Arguments: municipality, document and goal slugs, and the new text.
import { expireTags } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { db } from "@/lib/db/client";
import { paths } from "@/lib/paths";

const [m, d, g, text] = process.argv.slice(2) as [string, string, string, string];
const changed = await db.goal.updateMany({ where: { slug: g, document: { slug: d, municipality: { slug: m } } }, data: { text } });
if (changed.count !== 1) throw new Error(`Målet ${paths.goal(m, d, g)} finns inte.`);
await expireTags([cacheTags.document(m, d), cacheTags.page(paths.goal(m, d, g))]);
await db.$disconnect();
process.exit(0);
