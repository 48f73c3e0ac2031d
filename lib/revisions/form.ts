import type { FieldSpec } from "@/lib/admin/fields";

export const statusFields: FieldSpec[] = [
  { name: "type", label: "", kind: "hidden" },
  { name: "id", label: "", kind: "hidden" },
  { name: "version", label: "", kind: "hidden" },
  { name: "status", label: "Status", kind: "text", required: true },
];

export const restoreFields: FieldSpec[] = [
  { name: "revisionId", label: "", kind: "hidden" },
  { name: "version", label: "", kind: "hidden" },
];

export const moveFields: FieldSpec[] = [
  { name: "type", label: "", kind: "hidden" },
  { name: "id", label: "", kind: "hidden" },
  { name: "version", label: "", kind: "hidden" },
  { name: "direction", label: "", kind: "text", required: true },
];
