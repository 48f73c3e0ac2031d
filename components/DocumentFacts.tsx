import Link from "next/link";
import type { DocumentPageData } from "@/lib/documents/queries";
import { documentKindLabel, documentStatusLabel, formatDate } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

type DocLink = { slug: string; title: string; registrationNumber: string | null };

function DocLinks({ m, docs }: { m: string; docs: DocLink[] }) {
  return (
    <ul>
      {docs.map((d) => (
        <li key={d.slug}>
          <Link href={paths.document(m, d.slug)} className="link">
            {d.title}
          </Link>
          {d.registrationNumber ? ` (${d.registrationNumber})` : null}
        </li>
      ))}
    </ul>
  );
}

const day = (iso: string) => <time dateTime={iso}>{formatDate(new Date(`${iso}T00:00:00Z`))}</time>;

/** The metadata box: the facts a politician or official checks first. */
export function DocumentFacts({ doc }: { doc: DocumentPageData }) {
  const m = doc.municipality.slug;
  const period = doc.periodStart ? `${doc.periodStart}–${doc.periodEnd ?? ""}` : null;
  const rows: [string, React.ReactNode][] = [
    [sv.metadata.kind, documentKindLabel(doc.kind)],
    [sv.metadata.status, documentStatusLabel(doc.status)],
    [sv.metadata.registrationNumber, doc.registrationNumber],
    [sv.metadata.period, period],
    [sv.metadata.adoptedBy, doc.adoptedBy],
    [sv.metadata.adoptedOn, doc.adoptedOn && day(doc.adoptedOn)],
    [sv.metadata.validUntil, doc.validUntil && day(doc.validUntil)],
    [sv.metadata.reviewBy, doc.reviewBy && day(doc.reviewBy)],
    [sv.metadata.responsible, doc.responsible],
    [sv.metadata.owner, doc.owner],
    [sv.metadata.concretises, doc.concretises && <DocLinks m={m} docs={[doc.concretises]} />],
    [sv.metadata.concretisedBy, doc.concretisedBy.length > 0 && <DocLinks m={m} docs={doc.concretisedBy} />],
    [sv.metadata.replaces, doc.replaces.length > 0 && <DocLinks m={m} docs={doc.replaces.map((r) => r.replaced)} />],
    [sv.metadata.replacedBy, doc.replacedBy.length > 0 && <DocLinks m={m} docs={doc.replacedBy.map((r) => r.replacing)} />],
  ];
  return (
    <section aria-labelledby="om-dokumentet" className="card my-6 bg-slate-50">
      <h2 id="om-dokumentet" className="mt-0 text-lg">
        {sv.metadata.heading}
      </h2>
      <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {rows
          .filter(([, value]) => Boolean(value))
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-semibold">{label}</dt>
              <dd className="mb-2 sm:mb-0">{value}</dd>
            </div>
          ))}
      </dl>
    </section>
  );
}
