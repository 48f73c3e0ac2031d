import { groupMemberContentSchema, personGroupContentSchema } from "@/lib/content/schema";
import { nameSlug } from "@/lib/content/slugs";
import { optionalSlug } from "@/lib/plan/schema";
import { paths } from "@/lib/paths";
import { GroupKind } from "@/lib/generated/prisma/enums";
import { defineItemKind, listed } from "@/lib/municipal-items/kind";
import { codeOptions, documentField, slugField } from "@/lib/municipal-items/form";
import { sourceDocument } from "@/lib/municipal-items/schema";

const memberColumns = Object.keys(groupMemberContentSchema.shape);

/** Committees, reference groups and contact lists with their members (public officials acting in office). */
export const groupItem = defineItemKind({
  type: "group",
  model: "personGroup",
  segment: "personer",
  schema: personGroupContentSchema.omit({ document: true }).extend({ documentId: sourceDocument, slug: optionalSlug }),
  columns: ["name", "kind", "description", "documentId"],
  enumColumns: ["kind"],
  nested: {
    keys: ["members"],
    select: { members: { orderBy: { position: "asc" }, select: Object.fromEntries(memberColumns.map((c) => [c, true])) } },
    read: (row) => ({ members: row.members }),
    write: async (tx, groupId, data) => {
      await tx.groupMember.deleteMany({ where: { groupId } });
      await tx.groupMember.createMany({
        data: data.members.map((member, position) => ({ ...Object.fromEntries(memberColumns.map((c) => [c, null])), ...member, groupId, position })),
      });
    },
  },
  ...listed(nameSlug),
  publicPage: { path: (m, s) => `${paths.people(m)}#${s.slug}` },
  form: (options) => [
    { name: "name", label: "admin.content.fields.name", kind: "text", required: true, maxLength: 200 },
    { name: "kind", label: "admin.content.fields.groupKind", kind: "select", required: true, options: codeOptions(GroupKind, (k) => `groupKind.${k}`) },
    { name: "description", label: "admin.content.fields.description", kind: "markdown", hint: "admin.fields.markdownHint" },
    documentField(options),
    {
      name: "members",
      label: "admin.content.fields.members",
      kind: "rows",
      itemLabel: "admin.content.fields.member",
      addLabel: "admin.content.fields.addMember",
      hint: "admin.content.fields.membersHint",
      columns: [
        { name: "name", label: "admin.content.fields.name", kind: "text", required: true, maxLength: 200 },
        { name: "role", label: "admin.content.fields.role", kind: "text", maxLength: 200 },
        { name: "party", label: "admin.content.fields.party", kind: "text", maxLength: 20 },
        { name: "period", label: "admin.content.fields.memberPeriod", kind: "text", maxLength: 60 },
        { name: "email", label: "admin.content.fields.email", kind: "text" },
        { name: "phone", label: "admin.content.fields.phone", kind: "text", maxLength: 40 },
      ],
    },
    slugField,
  ],
  title: (s) => String(s.name),
});
