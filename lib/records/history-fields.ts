import type { FieldSpec } from "@/lib/admin/fields";
import { actionFields } from "@/lib/actions/form";
import { loadAction } from "@/lib/actions/record";
import { areaFields } from "@/lib/areas/form";
import { documentChoices } from "@/lib/documents/admin-queries";
import { documentFields } from "@/lib/documents/form";
import { goalFields } from "@/lib/goals/form";
import { loadGoal } from "@/lib/goals/record";
import { planOptions } from "@/lib/plan/form-options";
import { sectionFields } from "@/lib/sections/form";
import { itemHistoryFields } from "@/lib/records/item-kinds";
import { municipalityFields } from "@/lib/municipalities/form";
import { indicatorFields } from "@/lib/indicators/form";
import { valueHistoryFields } from "@/lib/indicators/history";
import type { EntityType } from "@/lib/revisions/entities";
import type { Translate } from "@/lib/i18n/message";
import type { Locale } from "@/lib/i18n/routing";

type Fields = (t: Translate, locale: Locale, municipalityId: number, id: number) => Promise<FieldSpec[]>;

/**
 * The form fields of a record, with their options: the labels a history shows its changes with. The
 * options' draft marks are in the reader's language, hence the translator.
 */
export const historyFields: Partial<Record<EntityType, Fields>> = {
  document: async (_t, _locale, municipalityId) => documentFields(await documentChoices(municipalityId)),
  section: async () => sectionFields(),
  area: async (t, locale, municipalityId) => areaFields(await planOptions(t, locale, municipalityId, 0)),
  goal: async (t, locale, municipalityId, id) => goalFields(await planOptions(t, locale, municipalityId, (await loadGoal(id))?.documentId ?? 0)),
  action: async (t, locale, municipalityId, id) => actionFields(await planOptions(t, locale, municipalityId, (await loadAction(id))?.documentId ?? 0)),
  ...itemHistoryFields,
  municipality: async () => municipalityFields,
  indicator: async (t, locale, municipalityId, id) => [
    ...indicatorFields((await planOptions(t, locale, municipalityId, 0)).goals),
    ...(await valueHistoryFields(t, locale, id)),
  ],
};
