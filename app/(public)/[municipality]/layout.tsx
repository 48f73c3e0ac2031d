import type { ReactNode } from "react";
import { isSyntheticMunicipality } from "@/lib/scale/synthetic";
import { SyntheticNotice } from "@/components/SyntheticNotice";

type Props = { children: ReactNode; params: Promise<{ municipality: string }> };

export default async function MunicipalityLayout({ children, params }: Props) {
  const { municipality } = await params;
  return (
    <>
      {isSyntheticMunicipality(municipality) ? <SyntheticNotice /> : null}
      {children}
    </>
  );
}
