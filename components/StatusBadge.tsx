import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import { useT } from "@/lib/i18n/use-t";
import { documentStatusLabel } from "@/lib/labels";

type Status = PublicationStatus;

const look: Record<Status, { symbol: string; className: string }> = {
  PUBLISHED: { symbol: "●", className: "bg-green-100 text-green-900" },
  DRAFT: { symbol: "✎", className: "bg-amber-100 text-amber-900" },
  REPLACED: { symbol: "↻", className: "bg-slate-200 text-slate-800" },
  ARCHIVED: { symbol: "▣", className: "bg-slate-200 text-slate-800" },
};

/** A publication status as a word and a symbol, never colour alone. */
export function StatusBadge({ status }: { status: Status }) {
  const t = useT();
  const { symbol, className } = look[status];
  return (
    <span className={`badge ${className}`}>
      <span aria-hidden="true">{symbol} </span>
      {documentStatusLabel(t, status)}
    </span>
  );
}
