import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { defineCommand, orNotFound } from "@/lib/commands/define";
import { redirectRenamed } from "@/lib/plan/links";
import { saveChange } from "@/lib/revisions/save";
import type { ItemKind } from "../kind";
import { items, loadItem } from "../record";
import { editableInput, updateItemSchema } from "../schema";
import { prepareItem } from "../write";

const command = (kind: ItemKind) =>
  defineCommand({
    schema: updateItemSchema(kind),
    load: ({ id }) => orNotFound(loadItem(kind, id), `${kind.type} ${id}`),
    authorize: (user: SessionUser | null, current) => assertCan(user, "edit", { municipalityId: current.entity.municipalityId }),
    write: async ({ user, loaded: current, data: { id, version, ...data } }, revisionKind: "UPDATE" | "RESTORE"): Promise<number> => {
      const prepared = await prepareItem(kind, { municipalityId: current.entity.municipalityId, current }, data);
      const m = current.municipalitySlug;
      return saveChange(user, {
        entity: current.entity,
        kind: revisionKind,
        version,
        before: current.snapshot,
        after: prepared.snapshot,
        tags: current.tags,
        write: async (tx) => {
          await items(tx, kind.model).update({ where: { id }, data: prepared.columns });
          await prepared.writeNested(tx, id);
          const page = kind.publicPage;
          if (page?.own) await redirectRenamed(tx, page.path(m, current.snapshot), page.path(m, prepared.snapshot));
        },
      });
    },
  });

/** Saves an item's fields and nested list; refused as a conflict if someone saved in between. */
export const updateItem = async (kind: ItemKind, user: SessionUser | null, input: unknown, revisionKind: "UPDATE" | "RESTORE" = "UPDATE"): Promise<number> =>
  command(kind)(user, editableInput(input), revisionKind);
