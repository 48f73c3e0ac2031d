import type { Metadata } from "next";
import { datasets } from "@/lib/open-data/datasets";
import { pageMetadata } from "@/lib/metadata";
import { Breadcrumbs } from "@/components/Breadcrumbs";
import { PageHeader } from "@/components/PageHeader";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

export const metadata: Metadata = pageMetadata({ title: sv.openData.title, description: sv.openData.lead, path: paths.openData() });

export default function OpenDataPage() {
  return (
    <>
      <Breadcrumbs trail={[]} current={sv.openData.title} />
      <PageHeader title={sv.openData.title} lead={sv.openData.lead} />
      <p className="max-w-prose">{sv.openData.paging}</p>
      <p className="mt-2">{sv.openData.license}</p>
      <ul className="mt-4 list-disc space-y-1 pl-6">
        <li>
          <a href={paths.openApi()} className="link">
            {sv.openData.api}
          </a>
        </li>
        <li>
          <a href={paths.dcatCatalogue()} className="link">
            {sv.openData.catalogue}
          </a>
        </li>
        <li>{sv.openData.feeds}: /&lt;kommun&gt;/flode.atom</li>
      </ul>
      <h2>{sv.openData.dataset}</h2>
      <ul className="space-y-4">
        {datasets.map((d) => (
          <li key={d.name} id={d.name} className="card">
            <h3 className="mt-0">{d.title}</h3>
            <p className="text-slate-700">{d.description}</p>
            <p className="mt-2">
              {sv.openData.formats}:{" "}
              <a href={paths.openDataList(d.name, "json")} className="link">
                JSON
              </a>
              ,{" "}
              <a href={paths.openDataList(d.name, "csv")} className="link">
                CSV
              </a>
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
