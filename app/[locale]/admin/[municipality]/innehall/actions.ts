"use server";

import type { FormState } from "@/lib/admin/fields";
import { adminPaths } from "@/lib/admin-paths";
import { formStateOf, runForm } from "@/lib/admin/run-form";
import { notFound } from "@/lib/errors";
import { createItem } from "@/lib/municipal-items/commands/create-item";
import { updateItem } from "@/lib/municipal-items/commands/update-item";
import { itemFields } from "@/lib/municipal-items/form";
import type { ItemKind } from "@/lib/municipal-items/kind";
import { itemKindAt } from "@/lib/records/item-kinds";
import { getT } from "@/lib/i18n/server";

// The kind's segment is bound by the page but arrives from the browser like any other input.
async function withKind(segment: string, run: (kind: ItemKind) => Promise<FormState>): Promise<FormState> {
  const kind = itemKindAt(segment);
  return kind ? run(kind) : formStateOf(notFound(`item kind ${segment}`), await getT());
}

export async function saveItem(segment: string, _: FormState, form: FormData) {
  return withKind(segment, (kind) => runForm(form, itemFields(kind), (user, input) => updateItem(kind, user, input)));
}

export async function addItem(municipality: string, segment: string, _: FormState, form: FormData) {
  return withKind(segment, (kind) =>
    runForm(
      form,
      itemFields(kind, undefined, "create"),
      (user, input) => createItem(kind, user, input),
      (id) => adminPaths.contentItem(municipality, segment, id),
    ),
  );
}
