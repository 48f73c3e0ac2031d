"use server";

import type { FormState } from "@/lib/admin/fields";
import { adminPaths } from "@/lib/admin-paths";
import { runForm } from "@/lib/admin/run-form";
import { goalFields } from "@/lib/goals/form";
import { createGoal } from "@/lib/goals/commands/create-goal";
import { updateGoal } from "@/lib/goals/commands/update-goal";

export async function saveGoal(_: FormState, form: FormData) {
  return runForm(form, goalFields(), (user, input) => updateGoal(user, input));
}

export async function addGoal(municipality: string, _: FormState, form: FormData) {
  return runForm(form, goalFields(undefined, undefined, false), createGoal, (id) => adminPaths.goal(municipality, id));
}
