import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { assertCan } from "@/lib/auth/permissions";
import { defineCommand } from "@/lib/commands/define";
import { insertAction, prepareAction } from "@/lib/actions/write";
import { insertArea, prepareArea } from "@/lib/areas/write";
import { documentTags } from "@/lib/documents/record";
import { insertDocument, prepareDocument } from "@/lib/documents/write";
import { insertGoal, prepareGoal } from "@/lib/goals/write";
import { planItemTags } from "@/lib/plan/tags";
import type { EntityRef, Snapshot } from "@/lib/revisions/entities";
import { saveBatch, type BatchItem, type Tx } from "@/lib/revisions/save";
import { importWordPlanSchema } from "../schema";

const noLinks = { agenda2030: [], publicHealth: [] };

/**
 * A creation whose record is prepared inside the transaction, once its parent has an id: saveBatch
 * records the revision from `after` right after `create` returns, so the snapshot is there by then.
 */
function creation(
  key: string,
  type: EntityRef["type"],
  municipalityId: number,
  tags: string[],
  create: (tx: Tx) => Promise<{ id: number; snapshot: Snapshot }>,
): BatchItem {
  let snapshot: Snapshot | undefined;
  return {
    key,
    type,
    municipalityId,
    tags,
    get after() {
      if (!snapshot) throw new Error(`${key}: snapshot read before the record was created`);
      return snapshot;
    },
    create: async (tx) => {
      const created = await create(tx);
      snapshot = created.snapshot;
      return created.id;
    },
  };
}

/**
 * A new draft document with its areas, goals and actions from a Word plan, checked as the create commands
 * check each of them and saved in one transaction (each record with its own revision and audit entry):
 * all or nothing. Allowed to whoever may create a document in the municipality. Returns the document's id.
 */
export const importWordPlan = defineCommand({
  schema: importWordPlanSchema,
  load: (data) => db.municipality.findUnique({ where: { id: data.document.municipalityId }, select: { slug: true } }),
  // As createDocument: the municipality named in the input, whether or not it exists.
  authorize: (user, _municipality, data) => assertCan(user, "edit", { municipalityId: data.document.municipalityId }),
  write: async ({ user, loaded: municipality, data }): Promise<number> => {
    const { municipalityId } = data.document;
    if (!municipality) throw notFound(`municipality ${municipalityId}`);
    const document = await prepareDocument({ municipalityId }, data.document);
    const m = municipality.slug;
    const itemTags = planItemTags(m, document.snapshot.slug, []);
    let documentId = 0;
    const place = () => ({ documentId, documentStatus: "DRAFT" });

    const items: BatchItem[] = [
      creation("document", "document", municipalityId, documentTags(m), async (tx) => {
        documentId = await insertDocument(tx, municipalityId, document);
        return { id: documentId, snapshot: document.snapshot };
      }),
    ];
    data.areas.forEach(({ goals, actions, ...fields }, a) => {
      const area = { id: 0, number: fields.number ?? null };
      items.push(
        creation(`area-${a}`, "area", municipalityId, itemTags, async (tx) => {
          const prepared = await prepareArea({ documentId }, { ...fields, ...noLinks, focus: [] });
          area.id = await insertArea(tx, place(), prepared);
          return { id: area.id, snapshot: prepared.snapshot };
        }),
        ...goals.map((goal, g) =>
          creation(`area-${a}-goal-${g}`, "goal", municipalityId, itemTags, async (tx) => {
            const prepared = await prepareGoal({ documentId, area }, { ...goal, ...noLinks, areaId: area.id });
            return { id: await insertGoal(tx, place(), prepared), snapshot: prepared.snapshot };
          }),
        ),
        ...actions.map((action, i) =>
          creation(`area-${a}-action-${i}`, "action", municipalityId, itemTags, async (tx) => {
            const links = { ...noLinks, goalIds: [], responsibleIds: [], partnerIds: [] };
            const prepared = await prepareAction({ municipalityId, documentId, area }, { ...action, ...links, areaId: area.id });
            return { id: await insertAction(tx, place(), prepared), snapshot: prepared.snapshot };
          }),
        ),
      );
    });
    await saveBatch(user, items);
    return documentId;
  },
});
