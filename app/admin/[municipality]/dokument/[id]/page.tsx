import Link from "next/link";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { adminContext } from "@/lib/admin/access";
import { adminPaths } from "@/lib/admin/paths";
import { getDocumentStructure } from "@/lib/documents/admin-queries";
import { isPublicStatus } from "@/lib/documents/visibility";
import { numbered } from "@/lib/labels";
import { paths } from "@/lib/paths";
import { sv } from "@/lib/i18n/sv";
import { PageHeader } from "@/components/PageHeader";
import { StatusBadge } from "@/components/StatusBadge";

type Props = { params: Promise<{ municipality: string; id: string }> };

export const metadata: Metadata = { title: sv.admin.document };

export default async function DocumentAdminPage({ params }: Props) {
  const { municipality: m, id } = await params;
  const { municipalityId, may } = await adminContext(m, adminPaths.document(m, Number(id)));
  const doc = await getDocumentStructure(municipalityId, Number(id));
  if (!doc) notFound();

  return (
    <>
      <PageHeader kicker={sv.admin.document} title={doc.title}>
        <p className="mt-3 flex flex-wrap items-center gap-4">
          <StatusBadge status={doc.status} />
          {isPublicStatus(doc.status) ? (
            <Link href={paths.document(m, doc.slug)} className="link">
              {sv.admin.publicPage}
            </Link>
          ) : null}
          <Link href={adminPaths.history(m, "document", doc.id)} className="link">
            {sv.admin.history}
          </Link>
        </p>
      </PageHeader>
      <h2>{doc.areaLabelPlural}</h2>
      <ol className="space-y-4">
        {doc.areas.map((area) => (
          <li key={area.id} className="card">
            <h3 className="mt-0 flex flex-wrap items-center gap-3">
              <Link href={adminPaths.area(m, area.id)} className="link">
                {numbered(doc.areaLabel, area.number)}: {area.title}
              </Link>
              {area.status !== "PUBLISHED" ? <StatusBadge status={area.status} /> : null}
            </h3>
            {(
              [
                [doc.goalLabelPlural, area.goals.map((g) => ({ ...g, code: g.code, href: adminPaths.goal(m, g.id) })), adminPaths.newGoal(m, area.id), sv.admin.newGoal],
                [doc.actionLabelPlural, area.actions.map((a) => ({ ...a, code: [area.number, a.number].filter(Boolean).join("."), href: adminPaths.action(m, a.id) })), adminPaths.newAction(m, area.id), sv.admin.newAction],
              ] as const
            ).map(([heading, items, newHref, newLabel]) => (
              <div key={heading}>
                <h4 className="mt-3 font-semibold">{heading}</h4>
                <ul className="ml-4 list-disc">
                  {items.map((item) => (
                    <li key={item.id}>
                      <Link href={item.href} className="link">
                        {item.code} {item.title}
                      </Link>{" "}
                      {item.status !== "PUBLISHED" ? <StatusBadge status={item.status} /> : null}
                    </li>
                  ))}
                </ul>
                {may("edit", area.id) ? (
                  <Link href={newHref} className="link mt-1 inline-block text-sm">
                    + {newLabel}
                  </Link>
                ) : null}
              </div>
            ))}
          </li>
        ))}
      </ol>
    </>
  );
}
