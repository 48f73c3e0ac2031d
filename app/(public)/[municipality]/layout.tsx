import type { ReactNode } from "react";
import { isSyntheticMunicipality } from "@/lib/scale/synthetic";
import { SyntheticNotice } from "@/components/SyntheticNotice";
import { routeParams } from "@/lib/route-params";

type Props = { children: ReactNode; params: Promise<{ municipality: string }> };

export default async function MunicipalityLayout({ children, params }: Props) {
  const { municipality } = await routeParams(params);
  return (
    <>
      {isSyntheticMunicipality(municipality) ? <SyntheticNotice /> : null}
      {children}
    </>
  );
}
