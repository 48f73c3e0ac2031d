import { type FieldSpec, hiddenFields } from "@/lib/admin/fields";

export const statusFields: FieldSpec[] = [
  ...hiddenFields("type", "id", "version"),
  { name: "status", label: "admin.fieldNames.status", kind: "text", required: true },
];

export const restoreFields: FieldSpec[] = hiddenFields("revisionId", "version");

export const moveFields: FieldSpec[] = [...hiddenFields("type", "id", "version"), { name: "direction", label: { text: "" }, kind: "text", required: true }];
