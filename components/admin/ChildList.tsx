import type { ComponentProps, ReactNode } from "react";
import { StatusBadge } from "@/components/StatusBadge";
import type { FormState } from "@/lib/admin/fields";
import type { EntityType } from "@/lib/revisions/entities";
import { Link } from "@/lib/i18n/navigation";
import { MoveForm } from "./MoveForm";

type Item = { type: EntityType; id: number; version: number; status: ComponentProps<typeof StatusBadge>["status"]; label: ReactNode; href: string };

type Props = {
  heading: string;
  items: Item[];
  /** Reordering and adding, when the user may edit here. */
  edit: { move: (state: FormState, form: FormData) => Promise<FormState>; newHref: string; newLabel: string } | null;
};

/** The ordered parts of a record (sections, areas, goals, actions): links to their editors, move buttons, "add". */
export function ChildList({ heading, items, edit }: Props) {
  return (
    <section aria-label={heading} className="mt-8">
      <h2>{heading}</h2>
      <ol className="space-y-2">
        {items.map((item, index) => (
          <li key={item.id} className="flex flex-wrap items-center gap-3 rounded border border-slate-200 px-3 py-2">
            {edit ? <MoveForm action={edit.move} record={item} label={item.label} first={index === 0} last={index === items.length - 1} /> : null}
            <Link href={item.href} className="link">
              {item.label}
            </Link>
            {item.status !== "PUBLISHED" ? <StatusBadge status={item.status} /> : null}
          </li>
        ))}
      </ol>
      {edit ? (
        <p className="mt-3">
          <Link href={edit.newHref} className="link">
            + {edit.newLabel}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
