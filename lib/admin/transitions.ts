import { sv } from "@/lib/i18n/sv";

const t = sv.admin.status;

/** The status changes offered for a record in a given status. */
export function statusTransitions(status: string) {
  switch (status) {
    case "DRAFT":
      return [
        { status: "PUBLISHED", label: t.publish },
        { status: "ARCHIVED", label: t.archive, danger: true },
      ];
    case "PUBLISHED":
      return [
        { status: "DRAFT", label: t.unpublish },
        { status: "ARCHIVED", label: t.archive, danger: true },
      ];
    default:
      return [{ status: "DRAFT", label: t.unarchive }];
  }
}
