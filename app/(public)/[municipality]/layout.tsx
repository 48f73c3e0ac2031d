import type { ReactNode } from "react";
import { isInventedMunicipality } from "@/lib/scale/synthetic";
import { SyntheticNotice } from "@/components/SyntheticNotice";
import { routeParams } from "@/lib/route-params";

type Props = { children: ReactNode; params: Promise<{ municipality: string }> };

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
