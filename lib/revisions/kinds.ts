import { loadAction } from "@/lib/actions/record";
import { updateAction } from "@/lib/actions/commands/update-action";
import { loadIndicator } from "@/lib/indicators/record";
import { updateIndicator } from "@/lib/indicators/commands/update-indicator";
import type { EntityType } from "./entities";
import type { RecordKind } from "./record-kind";

/** Each editable kind's loader and update command, for the commands every kind shares (status, restore). */
export const recordKinds: Partial<Record<EntityType, RecordKind>> = {
  action: { load: loadAction, update: updateAction },
  indicator: { load: loadIndicator, update: updateIndicator },
};
