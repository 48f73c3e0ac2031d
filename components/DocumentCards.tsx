import { Link } from "@/lib/i18n/navigation";
import { paths } from "@/lib/paths";
import { documentKindLabel } from "@/lib/labels";
import type { Standing } from "@/lib/documents/standing";
import type { DocumentKind } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/use-t";
import { LocalizedField } from "@/components/Localized";

type Card = { id: number; slug: string; title: string; kind: DocumentKind; summary: string; translations?: unknown; standing: Standing };

/** Document cards with their kind and, for those no longer in force, why (in words, not only by colour). */
export function DocumentCards({ municipality, documents, heading: Heading }: { municipality: string; documents: Card[]; heading: "h3" | "h4" }) {
  const t = useT();
  return (
    <ul className="grid gap-4">
      {documents.map((d) => (
        <li key={d.id} className={d.standing === "inForce" ? "card" : "card bg-slate-50"}>
          <p className="text-sm font-semibold text-teal-800">
            {documentKindLabel(t, d.kind)}
            {d.standing !== "inForce" ? <span className="text-slate-800"> · {t(`standing.${d.standing}`)}</span> : null}
          </p>
          <Heading className="mt-1 text-lg">
            <Link href={paths.document(municipality, d.slug)} className="link">
              <LocalizedField record={d} field="title" note={false} />
            </Link>
          </Heading>
          <LocalizedField record={d} field="summary" as="p" className="text-slate-700" />
        </li>
      ))}
    </ul>
  );
}
