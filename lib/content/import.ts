import type { Db } from "@/lib/db/client";
import { expireTags } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { slugify } from "@/lib/slug";
import { paths } from "@/lib/paths";
import { defaultLevelLabels, levelLabelColumns } from "@/lib/labels";
import type { ContentTree, MunicipalityBundle } from "./load";
import type { AreaContent, DocumentContent, MunicipalityContent } from "./schema";
import { actionSlug, areaSlug, goalSlug, nameSlug, parseGoalReference, titleSlug } from "./slugs";
import { SyncContext, type ImportStats } from "./sync";

const toEnum = (value: string) => value.toUpperCase();
const toDate = (value?: string) => (value ? new Date(`${value}T00:00:00Z`) : null);

/**
 * Writes validated content to the database in one transaction. Idempotent: unchanged content
 * writes nothing; a changed item updates exactly that item; a renamed item leaves a redirect.
 * Then expires every page of the municipalities it wrote, wherever they are cached (lib/cache.ts).
 */
export async function importContent(db: Db, tree: ContentTree): Promise<ImportStats> {
  const stats = await writeContent(db, tree);
  const changed = Object.values(stats).some((s) => s.created + s.updated + s.deleted > 0);
  if (changed) await expireTags(contentTags(tree));
  return stats;
}

/** Every tag a page showing imported content can carry: all the municipalities' pages, under current and former slugs. */
const contentTags = (tree: ContentTree) => [
  cacheTags.municipalities(),
  cacheTags.agenda2030(),
  ...tree.municipalities.flatMap(({ municipality: m }) => [m.slug, ...m.formerSlugs].map(cacheTags.municipality)),
];

function writeContent(db: Db, tree: ContentTree): Promise<ImportStats> {
  return db.$transaction(
    async (tx) => {
      const ctx = new SyncContext(tx);
      await importReferenceData(ctx, tree);
      for (const bundle of tree.municipalities) await importMunicipality(ctx, bundle);
      return ctx.stats;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

async function importReferenceData(ctx: SyncContext, tree: ContentTree) {
  for (const goal of tree.agenda2030.goals) {
    const { number, title, description, color } = goal;
    await ctx.upsert("Agenda2030Goal", { number }, { title, description, color });
    for (const [position, target] of goal.targets.entries()) {
      await ctx.upsert("Agenda2030Target", { code: target.code }, { goalNumber: number, title: target.title, position });
    }
  }
  for (const { number, title, description } of tree.publicHealth.areas) {
    await ctx.upsert("PublicHealthArea", { number }, { title, description });
  }
}

async function redirectIfMoved(ctx: SyncContext, from: string | null | undefined, to: string) {
  if (!from || from === to) return;
  await ctx.upsert("PathRedirect", { fromPath: from }, { toPath: to });
}

async function findExisting(ctx: SyncContext, model: string, scope: Record<string, unknown>, slugs: string[]) {
  for (const slug of slugs) {
    const row = await ctx.delegate(model).findFirst({ where: { ...scope, slug } });
    if (row) return row;
  }
  return null;
}

async function importMunicipality(ctx: SyncContext, { municipality: m, documents }: MunicipalityBundle) {
  const existing = await findExisting(ctx, "Municipality", {}, [m.slug, ...m.formerSlugs]);
  const { row } = await ctx.upsert("Municipality", existing ? { id: existing.id } : { slug: m.slug }, {
    slug: m.slug,
    name: m.name,
    shortName: m.shortName,
    code: m.code,
    intro: m.intro,
    contact: m.contact ?? null,
  });
  const municipalityId = row.id as number;
  await redirectIfMoved(ctx, existing && paths.municipality(existing.slug as string), paths.municipality(m.slug));

  const documentIds = new Map<string, number>();
  for (const [position, doc] of documents.entries()) {
    documentIds.set(doc.slug, await importDocument(ctx, municipalityId, m.slug, doc, position));
  }
  await ctx.prune("Document", { municipalityId }, [...documentIds.values()]);
  await linkDocuments(ctx, documents, documentIds);
  await linkActionGoals(ctx, documents, documentIds);
  await importMunicipalityItems(ctx, municipalityId, m, documentIds);
}

async function importDocument(ctx: SyncContext, municipalityId: number, m: string, doc: DocumentContent, position: number) {
  const labels = { ...defaultLevelLabels(doc.kind), ...doc.labels };
  const existing = await findExisting(ctx, "Document", { municipalityId }, [doc.slug, ...doc.formerSlugs]);
  const { row } = await ctx.upsert("Document", existing ? { id: existing.id } : { municipalityId, slug: doc.slug }, {
    slug: doc.slug,
    kind: toEnum(doc.kind),
    status: toEnum(doc.status),
    title: doc.title,
    subtitle: doc.subtitle ?? null,
    summary: doc.summary,
    registrationNumber: doc.registrationNumber ?? null,
    adoptedBy: doc.adoptedBy ?? null,
    adoptedOn: toDate(doc.adoptedOn),
    validUntil: toDate(doc.validUntil),
    reviewBy: toDate(doc.reviewBy),
    responsible: doc.responsible ?? null,
    owner: doc.owner ?? null,
    periodStart: doc.periodStart ?? null,
    periodEnd: doc.periodEnd ?? null,
    ...levelLabelColumns(labels),
    position,
  });
  const documentId = row.id as number;
  await redirectIfMoved(ctx, existing && paths.document(m, existing.slug as string), paths.document(m, doc.slug));

  await ctx.replaceList(
    "DocumentSection",
    { documentId },
    doc.sections.map((s, i) => ({ position: i, heading: s.heading, level: s.level, body: s.body })),
    ["position", "heading", "level", "body"],
  );

  const areaIds: number[] = [];
  const goalIds: number[] = [];
  const actionIds: number[] = [];
  for (const [areaPosition, area] of doc.areas.entries()) {
    const areaId = await importArea(ctx, { m, d: doc.slug, documentId }, area, areaPosition);
    areaIds.push(areaId);
    goalIds.push(...(await importGoals(ctx, { m, d: doc.slug, documentId }, area, areaId)));
    actionIds.push(...(await importActions(ctx, { m, d: doc.slug, documentId, municipalityId }, area, areaId)));
  }
  await ctx.prune("Action", { documentId }, actionIds);
  await ctx.prune("Goal", { documentId }, goalIds);
  await ctx.prune("Area", { documentId }, areaIds);
  return documentId;
}

type DocScope = { m: string; d: string; documentId: number };

async function syncFrameworkLinks(ctx: SyncContext, kind: "Area" | "Goal" | "Action", id: number, item: { agenda2030: number[]; publicHealth: number[] }) {
  const owner = { [`${kind.toLowerCase()}Id`]: id };
  await ctx.syncLinks(`${kind}AgendaGoal`, owner, item.agenda2030.map((goalNumber) => ({ goalNumber })), ["goalNumber"]);
  await ctx.syncLinks(`${kind}PublicHealth`, owner, item.publicHealth.map((publicHealthArea) => ({ publicHealthArea })), ["publicHealthArea"]);
}

async function importArea(ctx: SyncContext, s: DocScope, area: AreaContent, position: number) {
  const slug = areaSlug(area);
  // An area is the same area as long as its number (or, unnumbered, its position) is the same.
  const where = area.number ? { documentId: s.documentId, number: area.number } : { documentId: s.documentId, position };
  const previous = await ctx.delegate("Area").findFirst({ where });
  const { row } = await ctx.upsert("Area", previous ? { id: previous.id } : where, {
    slug,
    number: area.number ?? null,
    title: area.title,
    subtitle: area.subtitle ?? null,
    description: area.description ?? null,
    direction: area.direction ?? null,
    focus: area.focus,
    position,
  });
  await redirectIfMoved(ctx, previous && paths.area(s.m, s.d, previous.slug as string), paths.area(s.m, s.d, slug));
  await syncFrameworkLinks(ctx, "Area", row.id as number, area);
  return row.id as number;
}

async function importGoals(ctx: SyncContext, s: DocScope, area: AreaContent, areaId: number) {
  const ids: number[] = [];
  for (const [position, goal] of area.goals.entries()) {
    const slug = goalSlug(goal);
    const { row, previous } = await ctx.upsert("Goal", { documentId: s.documentId, code: goal.code }, {
      areaId,
      slug,
      title: goal.title,
      text: goal.text ?? null,
      position,
    });
    await redirectIfMoved(ctx, previous && paths.goal(s.m, s.d, previous.slug as string), paths.goal(s.m, s.d, slug));
    await syncFrameworkLinks(ctx, "Goal", row.id as number, goal);
    ids.push(row.id as number);
  }
  return ids;
}

async function importActions(ctx: SyncContext, s: DocScope & { municipalityId: number }, area: AreaContent, areaId: number) {
  const ids: number[] = [];
  for (const [position, action] of area.actions.entries()) {
    const slug = actionSlug(action, area.number);
    const { row, previous } = await ctx.upsert("Action", { areaId, number: action.number }, {
      documentId: s.documentId,
      slug,
      title: action.title,
      text: action.text ?? null,
      position,
    });
    const actionId = row.id as number;
    await redirectIfMoved(ctx, previous && paths.action(s.m, s.d, previous.slug as string), paths.action(s.m, s.d, slug));
    await syncFrameworkLinks(ctx, "Action", actionId, action);
    const organisations = [
      ...action.responsible.map((name) => ({ name, role: "RESPONSIBLE" })),
      ...action.partners.map((name) => ({ name, role: "PARTNER" })),
    ];
    const links = [];
    for (const { name, role } of organisations) {
      const org = await ctx.upsert("Organisation", { municipalityId: s.municipalityId, slug: slugify(name) }, { name });
      links.push({ organisationId: org.row.id, role });
    }
    await ctx.syncLinks("ActionOrganisation", { actionId }, links, ["organisationId", "role"]);
    ids.push(actionId);
  }
  return ids;
}

async function linkDocuments(ctx: SyncContext, documents: DocumentContent[], ids: Map<string, number>) {
  for (const doc of documents) {
    const id = ids.get(doc.slug)!;
    await ctx.upsert("Document", { id }, { concretisesId: doc.concretises ? ids.get(doc.concretises)! : null });
    await ctx.syncLinks("DocumentReplacement", { replacingId: id }, doc.replaces.map((r) => ({ replacedId: ids.get(r)! })), ["replacedId"]);
  }
}

async function linkActionGoals(ctx: SyncContext, documents: DocumentContent[], ids: Map<string, number>) {
  const goalIdCache = new Map<string, number>();
  const goalId = async (documentSlug: string, code: string) => {
    const key = `${documentSlug}/${code}`;
    if (!goalIdCache.has(key)) {
      const row = await ctx.delegate("Goal").findFirst({ where: { documentId: ids.get(documentSlug)!, code } });
      goalIdCache.set(key, row!.id as number);
    }
    return goalIdCache.get(key)!;
  };
  for (const doc of documents) {
    for (const area of doc.areas) {
      for (const action of area.actions) {
        const row = await ctx.delegate("Action").findFirst({ where: { documentId: ids.get(doc.slug)!, slug: actionSlug(action, area.number) } });
        const wanted = [];
        for (const ref of action.goals) {
          const target = parseGoalReference(ref, doc.slug);
          wanted.push({ goalId: await goalId(target.document, target.code) });
        }
        await ctx.syncLinks("ActionGoal", { actionId: row!.id }, wanted, ["goalId"]);
      }
    }
  }
}

async function importMunicipalityItems(ctx: SyncContext, municipalityId: number, m: MunicipalityContent, documentIds: Map<string, number>) {
  const scope = { municipalityId };
  const documentId = (slug?: string) => (slug ? documentIds.get(slug)! : null);
  const sync = async <T>(model: string, items: T[], slugOf: (item: T) => string, data: (item: T) => Record<string, unknown>) => {
    const ids: unknown[] = [];
    for (const [position, item] of items.entries()) {
      const { row } = await ctx.upsert(model, { municipalityId, slug: slugOf(item) }, { ...data(item), position });
      ids.push(row.id);
    }
    await ctx.prune(model, scope, ids);
    return ids as number[];
  };

  await sync("Network", m.networks, nameSlug, (n) => ({ name: n.name, purpose: n.purpose }));
  await sync("GoodExample", m.goodExamples, titleSlug, (e) => ({ title: e.title, summary: e.summary, body: e.body ?? null, people: e.people ?? null }));
  await sync("KnowledgePage", m.knowledgePages, titleSlug, (k) => ({ title: k.title, summary: k.summary, body: k.body }));
  await sync("CitizenDialogue", m.dialogues, titleSlug, (d) => ({
    title: d.title,
    documentId: documentId(d.document),
    period: d.period,
    topic: d.topic ?? null,
    method: d.method ?? null,
    participants: d.participants ?? null,
    responses: d.responses ?? null,
    summary: d.summary,
  }));

  const groupIds = await sync("PersonGroup", m.groups, nameSlug, (g) => ({
    name: g.name,
    kind: toEnum(g.kind),
    description: g.description ?? null,
    documentId: documentId(g.document),
  }));
  for (const [i, group] of m.groups.entries()) {
    const members = group.members.map((p, position) => ({
      position,
      name: p.name,
      role: p.role ?? null,
      party: p.party ?? null,
      period: p.period ?? null,
      email: p.email ?? null,
      phone: p.phone ?? null,
    }));
    await ctx.replaceList("GroupMember", { groupId: groupIds[i] }, members, ["position", "name", "role", "party", "period", "email", "phone"]);
  }

  const analysisIds: number[] = [];
  for (const analysis of m.situationAnalyses) {
    const { row } = await ctx.upsert("SituationAnalysis", { municipalityId, publicHealthArea: analysis.publicHealthArea }, {
      heading: analysis.heading ?? null,
      documentId: documentId(analysis.document),
    });
    const kinds = { STRENGTH: analysis.strengths, WEAKNESS: analysis.weaknesses, OPPORTUNITY: analysis.opportunities, CHALLENGE: analysis.challenges };
    const items = Object.entries(kinds).flatMap(([kind, texts]) => texts.map((text, position) => ({ kind, position, text })));
    await ctx.replaceList("SituationItem", { analysisId: row.id }, items, ["kind", "position", "text"]);
    analysisIds.push(row.id as number);
  }
  await ctx.prune("SituationAnalysis", scope, analysisIds);

  const mapIds = await sync("ProcessMap", m.processMaps, titleSlug, (p) => ({ title: p.title, intro: p.intro ?? null, documentId: documentId(p.document) }));
  for (const [i, map] of m.processMaps.entries()) {
    const processIds: number[] = [];
    for (const [position, process] of map.processes.entries()) {
      const kind = toEnum(process.kind);
      const { row } = await ctx.upsert("Process", { mapId: mapIds[i], kind, number: process.number }, {
        title: process.title,
        description: process.description ?? null,
        position,
      });
      await ctx.replaceList("ProcessProposal", { processId: row.id }, process.proposals.map((text, p) => ({ position: p, text })), ["position", "text"]);
      processIds.push(row.id as number);
    }
    await ctx.prune("Process", { mapId: mapIds[i] }, processIds);
  }
}
