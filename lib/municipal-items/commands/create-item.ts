import { db } from "@/lib/db/client";
import { cacheTags } from "@/lib/cache-tags";
import { assertCan } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/types";
import { defineCommand } from "@/lib/commands/define";
import { createWithRevision } from "@/lib/revisions/save";
import type { ItemKind } from "../kind";
import { items } from "../record";
import { createItemSchema } from "../schema";
import { prepareItem } from "../write";

const command = (kind: ItemKind) =>
  defineCommand({
    schema: createItemSchema(kind),
    authorize: (user: SessionUser | null, _nothing, { municipalityId }) => assertCan(user, "edit", { municipalityId }),
    write: async ({ user, data: { municipalityId, ...data } }): Promise<number> => {
      const prepared = await prepareItem(kind, { municipalityId }, data);
      const { slug: m } = await db.municipality.findUniqueOrThrow({ where: { id: municipalityId }, select: { slug: true } });
      return createWithRevision(user, {
        type: kind.type,
        municipalityId,
        after: prepared.snapshot,
        tags: [cacheTags.municipality(m)],
        create: async (tx) => {
          const table = items(tx, kind.model);
          const place = kind.positioned ? { position: await table.count({ where: { municipalityId } }) } : {};
          const { id } = await table.create({
            data: { ...prepared.columns, ...place, ...(kind.hasStatus ? { status: "DRAFT" } : {}), municipalityId },
            select: { id: true },
          });
          await prepared.writeNested(tx, id);
          return id;
        },
      });
    },
  });

/** A new item of a municipality, last in its list and a draft until published. Returns its id. */
export const createItem = async (kind: ItemKind, user: SessionUser | null, input: unknown): Promise<number> => command(kind)(user, input);
