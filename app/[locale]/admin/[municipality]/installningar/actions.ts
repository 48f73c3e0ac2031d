"use server";

import type { FormState } from "@/lib/admin/fields";
import { runForm } from "@/lib/admin/run-form";
import { municipalityFields } from "@/lib/municipalities/form";
import { updateMunicipality } from "@/lib/municipalities/commands/update-municipality";

export async function saveMunicipality(_: FormState, form: FormData) {
  return runForm(form, municipalityFields, (user, input) => updateMunicipality(user, input));
}
