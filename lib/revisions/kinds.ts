import { loadAction } from "@/lib/actions/record";
import { updateAction } from "@/lib/actions/commands/update-action";
import { itemRecordKinds } from "@/lib/municipal-items/registry";
import { loadMunicipality } from "@/lib/municipalities/record";
import { updateMunicipality } from "@/lib/municipalities/commands/update-municipality";
import type { EntityType } from "./entities";
import type { RecordKind } from "./record-kind";

/** Each editable kind's loader and update command, for the commands every kind shares (status, restore). */
export const recordKinds: Partial<Record<EntityType, RecordKind>> = {
  action: { load: loadAction, update: updateAction },
  ...itemRecordKinds,
  municipality: { load: loadMunicipality, update: updateMunicipality, statusless: true },
};
