import { loadAction } from "@/lib/actions/record";
import { updateAction } from "@/lib/actions/commands/update-action";
import { loadArea } from "@/lib/areas/record";
import { updateArea } from "@/lib/areas/commands/update-area";
import { loadDocument } from "@/lib/documents/record";
import { updateDocument } from "@/lib/documents/commands/update-document";
import { loadGoal } from "@/lib/goals/record";
import { updateGoal } from "@/lib/goals/commands/update-goal";
import { loadSection } from "@/lib/sections/record";
import { updateSection } from "@/lib/sections/commands/update-section";
import { itemRecordKinds } from "@/lib/records/item-kinds";
import { loadMunicipality } from "@/lib/municipalities/record";
import { updateMunicipality } from "@/lib/municipalities/commands/update-municipality";
import { loadIndicator } from "@/lib/indicators/record";
import { updateIndicator } from "@/lib/indicators/commands/update-indicator";
import type { EntityType } from "@/lib/revisions/entities";
import type { RecordKind } from "@/lib/revisions/record-kind";

/** Each editable kind's loader and update command, for the commands every kind shares (status, order, restore). */
export const recordKinds: Partial<Record<EntityType, RecordKind>> = {
  document: { load: loadDocument, update: updateDocument },
  section: { load: loadSection, update: updateSection },
  area: { load: loadArea, update: updateArea },
  goal: { load: loadGoal, update: updateGoal },
  action: { load: loadAction, update: updateAction },
  ...itemRecordKinds,
  municipality: { load: loadMunicipality, update: updateMunicipality, statusless: true },
  indicator: { load: loadIndicator, update: updateIndicator },
};
