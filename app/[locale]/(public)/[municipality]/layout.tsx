import type { Metadata } from "next";
import type { ReactNode } from "react";
import { isInventedMunicipality } from "@/lib/scale/synthetic";
import { SyntheticNotice } from "@/components/SyntheticNotice";
import { MunicipalitySearch } from "@/components/search/MunicipalitySearch";
import { getMunicipality } from "@/lib/municipalities/queries";
import { parseRouteParams } from "@/lib/route-params";

type Props = { children: ReactNode; params: Promise<{ municipality: string }> };

/** Invented data is not for search engines: no one should find Exempelkommun's plan as if it were real. */
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const parsed = parseRouteParams(await params);
  return parsed && isInventedMunicipality(parsed.municipality) ? { robots: { index: false, follow: true } } : {};
}

/**
 * Every page of a municipality ends with a search in it: the results open with the municipality chosen.
 * An unusable address is left to the page, whose 404 is the language's own (app/[locale]/not-found.tsx);
 * a 404 thrown from this layout would get Next.js's bare one.
 */
export default async function MunicipalityLayout({ children, params }: Props) {
  const parsed = parseRouteParams(await params);
  if (!parsed) return children;
  const { municipality } = parsed;
  const invented = isInventedMunicipality(municipality);
  const m = await getMunicipality(municipality);
  return (
    <>
      {invented ? <SyntheticNotice kind={invented} /> : null}
      {children}
      {m ? <MunicipalitySearch slug={m.slug} name={m.name} /> : null}
    </>
  );
}
