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

/** The form fields of a record, with their options: the labels a history shows its changes with. */
export const historyFields: Partial<Record<EntityType, (municipalityId: number, id: number) => Promise<FieldSpec[]>>> = {
  document: async (municipalityId) => documentFields(await documentChoices(municipalityId)),
  section: async () => sectionFields(),
  area: async (municipalityId) => areaFields(await planOptions(municipalityId, 0)),
  goal: async (municipalityId, id) => goalFields(await planOptions(municipalityId, (await loadGoal(id))?.documentId ?? 0)),
  action: async (municipalityId, id) => actionFields(await planOptions(municipalityId, (await loadAction(id))?.documentId ?? 0)),
  ...itemHistoryFields,
  municipality: async () => municipalityFields,
  indicator: async (municipalityId, id) => [...indicatorFields((await planOptions(municipalityId, 0)).goals), ...(await valueHistoryFields(id))],
};
