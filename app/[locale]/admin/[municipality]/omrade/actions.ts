"use server";

import type { FormState } from "@/lib/admin/fields";
import { adminPaths } from "@/lib/admin-paths";
import { runForm } from "@/lib/admin/run-form";
import { areaFields } from "@/lib/areas/form";
import { createArea } from "@/lib/areas/commands/create-area";
import { updateArea } from "@/lib/areas/commands/update-area";

export async function saveArea(_: FormState, form: FormData) {
  return runForm(form, areaFields(), (user, input) => updateArea(user, input));
}

export async function addArea(municipality: string, _: FormState, form: FormData) {
  return runForm(form, areaFields(undefined, false), createArea, (id) => adminPaths.area(municipality, id));
}
