import { notFound } from "next/navigation";

/**
 * An address no route matches, in any language: the 404 page of that language (app/[locale]/not-found.tsx)
 * instead of Next.js's English one, which is what an unmatched address gets once the root layout sits
 * under [locale].
 */
export default function UnmatchedAddress() {
  notFound();
}
