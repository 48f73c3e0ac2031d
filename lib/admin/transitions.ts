import type { MessageKey } from "@/lib/i18n/message";

export type Transition = { status: string; label: MessageKey; danger?: boolean; confirm: boolean };

/** The status changes offered for a record in a given status; all but taking a record out of the archive change what residents see, so they ask first. */
export function statusTransitions(status: string): Transition[] {
  switch (status) {
    case "DRAFT":
      return [
        { status: "PUBLISHED", label: "admin.status.publish", confirm: true },
        { status: "ARCHIVED", label: "admin.status.archive", danger: true, confirm: true },
      ];
    case "PUBLISHED":
      return [
        { status: "DRAFT", label: "admin.status.unpublish", confirm: true },
        { status: "ARCHIVED", label: "admin.status.archive", danger: true, confirm: true },
      ];
    default:
      return [{ status: "DRAFT", label: "admin.status.unarchive", confirm: false }];
  }
}
