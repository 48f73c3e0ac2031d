import type { FieldSpec } from "@/lib/admin/fields";
import { actionFields } from "@/lib/actions/form";
import { loadAction } from "@/lib/actions/record";
import { planOptions } from "@/lib/plan/form-options";
import { indicatorFields } from "@/lib/indicators/form";
import { valueHistoryFields } from "@/lib/indicators/history";
import type { EntityType } from "./entities";

/** The form fields of a record, with their options: the labels a history shows its changes with. */
export const historyFields: Partial<Record<EntityType, (municipalityId: number, id: number) => Promise<FieldSpec[]>>> = {
  action: async (municipalityId, id) => {
    const action = await loadAction(id);
    return action ? actionFields(await planOptions(municipalityId, action.documentId)) : actionFields();
  },
  indicator: async (municipalityId, id) => [...indicatorFields((await planOptions(municipalityId, 0)).goals), ...(await valueHistoryFields(id))],
};
