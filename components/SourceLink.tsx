import { Link } from "@/lib/i18n/navigation";
import { isPublicStatus } from "@/lib/documents/visibility";
import { paths } from "@/lib/paths";
import { useT } from "@/lib/i18n/use-t";

/** "Källa: <document>", shown only while the source document is public. */
export function SourceLink({ municipality, document }: { municipality: string; document: { slug: string; title: string; status: string } | null }) {
  const t = useT();
  if (!document || !isPublicStatus(document.status)) return null;
  return (
    <p className="text-sm text-slate-700">
      {t("words.source")}:{" "}
      <Link href={paths.document(municipality, document.slug)} className="link">
        {document.title}
      </Link>
    </p>
  );
}
