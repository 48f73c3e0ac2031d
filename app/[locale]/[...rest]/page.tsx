import { notFound } from "next/navigation";
import { routeParams } from "@/lib/route-params";

type Props = { params: Promise<{ locale: string; rest: string[] }> };

/**
 * An address no route matches, in any language: the 404 page of that language (app/[locale]/not-found.tsx)
 * instead of Next.js's English one, which is what an unmatched address gets once the root layout sits
 * under [locale]. The parameters are read first so the 404 page knows its language.
 */
export default async function UnmatchedAddress({ params }: Props) {
  await routeParams(params);
  notFound();
}
