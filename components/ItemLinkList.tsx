import { Link } from "@/lib/i18n/navigation";
import type { ReactNode } from "react";

export type ItemLink = {
  href: string;
  code?: string | null;
  title: ReactNode;
  note?: ReactNode;
  /** E.g. the latest follow-up status. */ mark?: ReactNode;
};

/** A list of goals or actions: code or number first, so a reader can scan "Mål A, Mål B…". */
export function ItemLinkList({ items, label }: { items: ItemLink[]; label?: string }) {
  if (items.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label={label}>
      {items.map((item) => (
        <li key={item.href}>
          <Link href={item.href} className="link">
            {item.code ? <span className="font-semibold">{item.code}. </span> : null}
            {item.title}
          </Link>
          {item.note ? <span className="text-sm text-slate-700"> – {item.note}</span> : null}
          {item.mark ? <> {item.mark}</> : null}
        </li>
      ))}
    </ul>
  );
}
