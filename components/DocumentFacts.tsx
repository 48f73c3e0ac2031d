import { Link } from "@/lib/i18n/navigation";
import type { DocumentPageData } from "@/lib/documents/queries";
import { useFormatter } from "next-intl";
import { documentKindLabel, documentStatusLabel } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { useT } from "@/lib/i18n/use-t";
import { LocalizedField } from "@/components/Localized";

type DocLink = { slug: string; title: string; translations?: unknown; registrationNumber: string | null };

function DocLinks({ m, docs }: { m: string; docs: DocLink[] }) {
  return (
    <ul>
      {docs.map((d) => (
        <li key={d.slug}>
          <Link href={paths.document(m, d.slug)} className="link">
            <LocalizedField record={d} field="title" note={false} />
          </Link>
          {d.registrationNumber ? ` (${d.registrationNumber})` : null}
        </li>
      ))}
    </ul>
  );
}

function Day({ iso }: { iso: string }) {
  const format = useFormatter();
  return <time dateTime={iso}>{format.dateTime(new Date(`${iso}T00:00:00Z`), "date")}</time>;
}

/** The metadata box: the facts a politician or official checks first. */
export function DocumentFacts({ doc }: { doc: DocumentPageData }) {
  const t = useT();
  const m = doc.municipality.slug;
  const period = doc.periodStart ? `${doc.periodStart}–${doc.periodEnd ?? ""}` : null;
  // The document's own words (bodies, roles) are Swedish text: marked so on a Finnish or English page.
  const sv = (text: string | null) => text && <span lang="sv">{text}</span>;
  const rows: [string, React.ReactNode][] = [
    [t("metadata.kind"), documentKindLabel(t, doc.kind)],
    [t("metadata.status"), documentStatusLabel(t, doc.status)],
    [t("metadata.registrationNumber"), doc.registrationNumber],
    [t("metadata.period"), period],
    [t("metadata.adoptedBy"), sv(doc.adoptedBy)],
    [t("metadata.adoptedOn"), doc.adoptedOn && <Day iso={doc.adoptedOn} />],
    [t("metadata.validUntil"), doc.validUntil && <Day iso={doc.validUntil} />],
    [t("metadata.reviewBy"), doc.reviewBy && <Day iso={doc.reviewBy} />],
    [t("metadata.responsible"), sv(doc.responsible)],
    [t("metadata.owner"), sv(doc.owner)],
    [t("metadata.concretises"), doc.concretises && <DocLinks m={m} docs={[doc.concretises]} />],
    [t("metadata.concretisedBy"), doc.concretisedBy.length > 0 && <DocLinks m={m} docs={doc.concretisedBy} />],
    [t("metadata.replaces"), doc.replaces.length > 0 && <DocLinks m={m} docs={doc.replaces.map((r) => r.replaced)} />],
    [t("metadata.replacedBy"), doc.replacedBy.length > 0 && <DocLinks m={m} docs={doc.replacedBy.map((r) => r.replacing)} />],
  ];
  return (
    <section aria-labelledby="om-dokumentet" className="card my-6 bg-slate-50">
      <h2 id="om-dokumentet" className="mt-0 text-lg">
        {t("metadata.heading")}
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
