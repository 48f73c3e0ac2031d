import { sv } from "@/lib/i18n/sv";

const t = sv.admin.status;

/** The status changes offered for a record in a given status; all but taking a record out of the archive change what residents see, so they ask first. */
export function statusTransitions(status: string) {
  switch (status) {
    case "DRAFT":
      return [
        { status: "PUBLISHED", label: t.publish, confirm: true },
        { status: "ARCHIVED", label: t.archive, danger: true, confirm: true },
      ];
    case "PUBLISHED":
      return [
        { status: "DRAFT", label: t.unpublish, confirm: true },
        { status: "ARCHIVED", label: t.archive, danger: true, confirm: true },
      ];
    default:
      return [{ status: "DRAFT", label: t.unarchive, confirm: false }];
  }
}
