import { Link } from "@/lib/i18n/navigation";
import { isPublicStatus } from "@/lib/documents/visibility";
import { paths } from "@/lib/paths";
import { useT } from "@/lib/i18n/use-t";
import { LocalizedField } from "@/components/Localized";

/** "Källa: <document>", shown only while the source document is public. */
export function SourceLink({
  municipality,
  document,
}: {
  municipality: string;
  document: { slug: string; title: string; status: string; translations?: unknown } | null;
}) {
  const t = useT();
  if (!document || !isPublicStatus(document.status)) return null;
  return (
    <p className="text-sm text-slate-700">
      {t("words.source")}:{" "}
      <Link href={paths.document(municipality, document.slug)} className="link">
        <LocalizedField record={document} field="title" note={false} />
      </Link>
    </p>
  );
}
