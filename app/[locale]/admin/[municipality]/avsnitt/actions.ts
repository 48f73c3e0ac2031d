"use server";

import type { FormState } from "@/lib/admin/fields";
import { adminPaths } from "@/lib/admin-paths";
import { runForm } from "@/lib/admin/run-form";
import { sectionFields } from "@/lib/sections/form";
import { createSection } from "@/lib/sections/commands/create-section";
import { updateSection } from "@/lib/sections/commands/update-section";

export async function saveSection(_: FormState, form: FormData) {
  return runForm(form, sectionFields(), (user, input) => updateSection(user, input));
}

export async function addSection(municipality: string, _: FormState, form: FormData) {
  return runForm(form, sectionFields(false), createSection, (id) => adminPaths.section(municipality, id));
}
