import Link from "next/link";
import { listMunicipalities } from "@/lib/municipalities/queries";
import { PageHeader } from "@/components/PageHeader";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

export default async function PortalStartPage() {
  const municipalities = await listMunicipalities();
  return (
    <>
      <PageHeader title={sv.site.name} lead={sv.site.tagline} />
      <h2>{sv.pages.municipalities}</h2>
      <ul className="grid gap-4 sm:grid-cols-2">
        {municipalities.map((m) => (
          <li key={m.id} className="card">
            <h3 className="mt-0">
              <Link href={paths.municipality(m.slug)} className="link">
                {m.name}
              </Link>
            </h3>
            <p className="text-slate-700">{sv.words.documentsCount(m._count.documents)}</p>
          </li>
        ))}
      </ul>
      <p className="mt-8">
        <Link href={paths.agenda2030()} className="link">
          {sv.pages.agenda2030}
        </Link>
        : {sv.pages.agenda2030Intro}
      </p>
    </>
  );
}
