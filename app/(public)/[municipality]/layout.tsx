import type { Metadata } from "next";
import type { ReactNode } from "react";
import { isInventedMunicipality } from "@/lib/scale/synthetic";
import { SyntheticNotice } from "@/components/SyntheticNotice";
import { routeParams } from "@/lib/route-params";

type Props = { children: ReactNode; params: Promise<{ municipality: string }> };

/** Invented data is not for search engines: no one should find Exempelkommun's plan as if it were real. */
export async function generateMetadata({ params }: Pick<Props, "params">): Promise<Metadata> {
  const { municipality } = await routeParams(params);
  return isInventedMunicipality(municipality) ? { robots: { index: false, follow: true } } : {};
}

export default async function MunicipalityLayout({ children, params }: Props) {
  const { municipality } = await routeParams(params);
  const invented = isInventedMunicipality(municipality);
  return (
    <>
      {invented ? <SyntheticNotice kind={invented} /> : null}
      {children}
    </>
  );
}
