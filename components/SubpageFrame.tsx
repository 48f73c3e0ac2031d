import type { ReactNode } from "react";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { paths } from "@/lib/paths";

/** Breadcrumbs and heading for a page listing one kind of a municipality's items. */
export function SubpageFrame({
  municipality,
  title,
  lead,
  children,
}: {
  municipality: { slug: string; name: string };
  /** May be a municipality's Swedish text marked as such (a process map's title). */
  title: ReactNode;
  lead?: string;
  children: ReactNode;
}) {
  return (
    <>
      <Breadcrumbs trail={[{ href: paths.municipality(municipality.slug), label: municipality.name }]} current={title} />
      <PageHeader kicker={municipality.name} title={title} lead={lead} />
      {children}
    </>
  );
}
