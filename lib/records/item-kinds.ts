import type { FieldSpec } from "@/lib/admin/fields";
import type { RecordKind } from "@/lib/revisions/record-kind";
import { dialogueItem } from "@/lib/dialogues/item";
import { goodExampleItem } from "@/lib/good-examples/item";
import { knowledgePageItem } from "@/lib/knowledge/item";
import { networkItem } from "@/lib/networks/item";
import { organisationItem } from "@/lib/organisations/item";
import { groupItem } from "@/lib/people/item";
import { processMapItem } from "@/lib/process-maps/item";
import { situationItem } from "@/lib/situation/item";
import { updateItem } from "@/lib/municipal-items/commands/update-item";
import { itemOptions } from "@/lib/municipal-items/form";
import type { ItemKind, ItemType } from "@/lib/municipal-items/kind";
import { loadItem } from "@/lib/municipal-items/record";
import type { Translate } from "@/lib/i18n/message";
import type { Locale } from "@/lib/i18n/routing";

/** Every kind of municipality-level item, in the order the admin dashboard lists them. */
export const itemKinds: readonly ItemKind[] = [
  networkItem,
  goodExampleItem,
  knowledgePageItem,
  dialogueItem,
  groupItem,
  processMapItem,
  situationItem,
  organisationItem,
];

export const itemKindAt = (segment: string) => itemKinds.find((kind) => kind.segment === segment);

/** The language of an item's title, to mark it on a Finnish or English page: Swedish, but an organisation's name is a name. */
export const itemTitleLang = (kind: ItemKind) => (kind.type === "organisation" ? undefined : ("sv" as const));

/** For the commands every kind shares (lib/revisions/kinds.ts): status changes and restore. */
export const itemRecordKinds = Object.fromEntries(
  itemKinds.map((kind): [ItemType, RecordKind] => [
    kind.type,
    {
      load: (id, client) => loadItem(kind, id, client),
      update: (user, input, revision) => updateItem(kind, user, input, revision),
      ...(kind.hasStatus ? {} : { statusless: true as const }),
    },
  ]),
) as Record<ItemType, RecordKind>;

/** The labels a history shows each kind's changes with (lib/revisions/history-fields.ts). */
export const itemHistoryFields = Object.fromEntries(
  itemKinds.map((kind): [ItemType, (t: Translate, locale: Locale, municipalityId: number) => Promise<FieldSpec[]>] => [
    kind.type,
    async (t, locale, municipalityId) => kind.form(await itemOptions(t, locale, municipalityId)),
  ]),
) as Record<ItemType, (t: Translate, locale: Locale, municipalityId: number) => Promise<FieldSpec[]>>;
