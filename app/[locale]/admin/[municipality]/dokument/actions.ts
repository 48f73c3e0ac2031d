"use server";

import type { FormState } from "@/lib/admin/fields";
import { adminPaths } from "@/lib/admin-paths";
import { runForm } from "@/lib/admin/run-form";
import { documentFields } from "@/lib/documents/form";
import { createDocument } from "@/lib/documents/commands/create-document";
import { updateDocument } from "@/lib/documents/commands/update-document";

export async function saveDocument(_: FormState, form: FormData) {
  return runForm(form, documentFields(), (user, input) => updateDocument(user, input));
}

export async function addDocument(municipality: string, _: FormState, form: FormData) {
  return runForm(form, documentFields([], false), createDocument, (id) => adminPaths.document(municipality, id));
}
