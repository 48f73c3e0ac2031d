import Link from "next/link";
import { isPublicStatus } from "@/lib/documents/visibility";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";

/** "Källa: <document>", shown only while the source document is public. */
export function SourceLink({ municipality, document }: { municipality: string; document: { slug: string; title: string; status: string } | null }) {
  if (!document || !isPublicStatus(document.status)) return null;
  return (
    <p className="text-sm text-slate-700">
      {sv.words.source}:{" "}
      <Link href={paths.document(municipality, document.slug)} className="link">
        {document.title}
      </Link>
    </p>
  );
}
