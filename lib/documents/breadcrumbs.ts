import { paths, type Crumb } from "@/lib/paths";

type Header = { slug: string; title: string; municipality: { slug: string; name: string } };

/** Municipality › document, the trail above every area, goal and action page. */
export function documentTrail(doc: Header): Crumb[] {
  return [
    { href: paths.municipality(doc.municipality.slug), label: doc.municipality.name },
    { href: paths.document(doc.municipality.slug, doc.slug), label: doc.title },
  ];
}
