import { cacheTags } from "@/lib/cache-tags";
import { paths } from "@/lib/paths";

type Linked = { slug: string; document: { slug: string } };

/** Goal pages (in any document) that list actions: they show the action's title and number. */
export const goalPageTags = (m: string, goals: Linked[]) => goals.map((g) => cacheTags.page(paths.goal(m, g.document.slug, g.slug)));

/** Action pages (in any document) that list the goals they serve: they show the goal's code and title. */
export const actionPageTags = (m: string, actions: Linked[]) => actions.map((a) => cacheTags.page(paths.action(m, a.document.slug, a.slug)));

/** A plan item's own document's pages, the linked pages elsewhere, the Agenda 2030 pages and the follow-up reports that list items. */
export const planItemTags = (m: string, d: string, linkedPages: string[]) => [
  cacheTags.document(m, d),
  ...linkedPages,
  cacheTags.agenda2030(),
  cacheTags.followUpReports(m),
];
