import { slugify } from "@/lib/slug";

/** The id of a document section's heading; `index` counts the published sections from 0. */
export const sectionAnchor = (heading: string, index: number) => `${slugify(heading) || "avsnitt"}-${index + 1}`;
