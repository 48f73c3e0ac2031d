"use server";

import { refresh } from "next/cache";
import type { FormState } from "@/lib/admin/fields";
import { adminPaths } from "@/lib/admin-paths";
import { formStateOf, isForm, runForm } from "@/lib/admin/run-form";
import { nestRows, tableFields } from "@/lib/admin/rows";
import { getUser } from "@/lib/auth/session";
import { getT } from "@/lib/i18n/server";
import { indicatorFields, valueColumns, valueFormFields } from "@/lib/indicators/form";
import { createIndicator } from "@/lib/indicators/commands/create-indicator";
import { updateIndicator } from "@/lib/indicators/commands/update-indicator";
import { setIndicatorValues } from "@/lib/indicators/commands/set-indicator-values";
import { importKolada } from "@/lib/kolada/commands/import-kolada";
import { reportLines } from "@/lib/kolada/import";
import type { KoladaFormState } from "@/lib/kolada/form";

export async function addIndicator(municipality: string, _: FormState, form: FormData) {
  return runForm(form, indicatorFields([], false), createIndicator, (id) => adminPaths.indicator(municipality, id));
}

export async function saveIndicator(_: FormState, form: FormData) {
  return runForm(form, indicatorFields(), (user, input) => updateIndicator(user, input));
}

export async function saveIndicatorValues(_: FormState, form: FormData) {
  return runForm(
    form,
    (f) => tableFields(valueFormFields, valueColumns, f),
    (user, input) => setIndicatorValues(user, nestRows(input)),
  );
}

/** The Kolada upload: a file (or an API address) in, what was added, changed and skipped out; problems named by row and field. */
export async function importFromKolada(municipalityId: number, _: KoladaFormState, form: FormData): Promise<KoladaFormState> {
  const t = await getT();
  if (!isForm(form)) return { status: "error", message: t("errors.invalid") };
  const file = form.get("file");
  const url = String(form.get("url") ?? "").trim();
  const values = { url };
  try {
    const user = await getUser();
    if (!user) return { status: "error", message: t("errors.unauthenticated"), values };
    const json = file instanceof File && file.size > 0 ? await file.text() : undefined;
    const report = await importKolada(user, { municipalityId, json, url: url || undefined });
    refresh();
    return { status: "saved", message: t("kolada.done"), report: reportLines(t, report), values };
  } catch (error) {
    return { ...formStateOf(error, t), values };
  }
}
