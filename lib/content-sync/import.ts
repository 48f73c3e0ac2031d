import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/revisions/save";
import { commandLineActor } from "@/lib/revisions/command-line";
import { expireTags } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { slugify } from "@/lib/slug";
import { paths } from "@/lib/paths";
import { defaultLevelLabels, levelLabelColumns } from "@/lib/labels";
import type { ContentTree, MunicipalityBundle } from "@/lib/content/load";
import type { AreaContent, DocumentContent, MunicipalityContent } from "@/lib/content/schema";
import { actionSlug, areaSlug, goalSlug, nameSlug, parseGoalReference, titleSlug } from "@/lib/content/slugs";
import { SyncContext, type ImportStats } from "./sync";
import { recordChanges, type RecordChange } from "./records";
import type { EntityRef, EntityType } from "@/lib/revisions/entities";
import { translationsColumn } from "@/lib/translations/schema";

/** The tables of a municipality's own items and the record kind each row is. */
const itemRecords = {
  Network: "network",
  GoodExample: "goodExample",
  KnowledgePage: "knowledgePage",
  CitizenDialogue: "dialogue",
  PersonGroup: "group",
  ProcessMap: "processMap",
} as const satisfies Record<string, EntityType>;
type ItemModelName = keyof typeof itemRecords;

const toEnum = (value: string) => value.toUpperCase();
const toDate = (value?: string) => (value ? new Date(`${value}T00:00:00Z`) : null);

/** How an import runs: who it is in the revisions and the audit log, and what it may do. */
export type ImportOptions = {
  actor?: Actor;
  /** Overwrite and remove records edited in the browser since (never ones with follow-up). */
  force?: boolean;
  /** Work out every change, then roll it all back. */
  dryRun?: boolean;
};

export type ImportReport = { stats: ImportStats; records: RecordChange[] };

class DryRun extends Error {
  constructor(readonly report: ImportReport) {
    super("dry run: rolled back");
  }
}

/**
 * Writes validated content to the database in one transaction, through the write engine: every record
 * created or changed gets its version claimed, a revision and an audit entry; a record removed from the
 * files an audit entry (lib/content/records.ts). Idempotent: unchanged content writes nothing; a changed
 * item updates exactly that item; a renamed item leaves a redirect. Then expires every page of the
 * municipalities it wrote, wherever they are cached (lib/cache.ts).
 */
export async function importContent(db: Db, tree: ContentTree, options: ImportOptions = {}): Promise<ImportReport> {
  let report: ImportReport;
  try {
    report = await writeContent(db, tree, options);
  } catch (error) {
    if (error instanceof DryRun) return error.report;
    throw error;
  }
  const changed = Object.values(report.stats).some((s) => s.created + s.updated + s.deleted > 0);
  if (changed) await expireTags(contentTags(tree));
  return report;
}

/** Every tag a page showing imported content can carry: all the municipalities' pages, under current and former slugs. */
const contentTags = (tree: ContentTree) => [
  cacheTags.municipalities(),
  cacheTags.agenda2030(),
  ...tree.municipalities.flatMap(({ municipality: m }) => [m.slug, ...m.formerSlugs].map(cacheTags.municipality)),
];

function writeContent(db: Db, tree: ContentTree, options: ImportOptions): Promise<ImportReport> {
  return db.$transaction(
    async (tx) => {
      const ctx = new SyncContext(tx);
      await importReferenceData(ctx, tree);
      for (const bundle of tree.municipalities) await importMunicipality(ctx, bundle);
      const dryRun = options.dryRun ?? false;
      const records = await recordChanges(tx, ctx, options.actor ?? commandLineActor("content:import"), { force: options.force ?? false, dryRun });
      const report = { stats: ctx.stats, records };
      if (dryRun) throw new DryRun(report);
      return report;
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
  const { row } = await ctx.upsert(
    "Municipality",
    existing ? { id: existing.id } : { slug: m.slug },
    { slug: m.slug, name: m.name, shortName: m.shortName, code: m.code, intro: m.intro, contact: m.contact ?? null },
    { record: "municipality" },
  );
  const municipalityId = row.id as number;
  ctx.municipalities.set(municipalityId, m.slug);
  await redirectIfMoved(ctx, existing && paths.municipality(existing.slug as string), paths.municipality(m.slug));

  const documentIds = new Map<string, number>();
  for (const [position, doc] of documents.entries()) {
    documentIds.set(doc.slug, await importDocument(ctx, municipalityId, m.slug, doc, position));
  }
  await ctx.prune("Document", { municipalityId }, [...documentIds.values()], { record: "document", municipalityId });
  await linkDocuments(ctx, municipalityId, documents, documentIds);
  await linkActionGoals(ctx, municipalityId, documents, documentIds);
  await importMunicipalityItems(ctx, municipalityId, m, documentIds);
}

async function importDocument(ctx: SyncContext, municipalityId: number, m: string, doc: DocumentContent, position: number) {
  const labels = { ...defaultLevelLabels(doc.kind), ...doc.labels };
  const existing = await findExisting(ctx, "Document", { municipalityId }, [doc.slug, ...doc.formerSlugs]);
  const owner = { record: "document", municipalityId } as const;
  const { row } = await ctx.upsert(
    "Document",
    existing ? { id: existing.id } : { municipalityId, slug: doc.slug },
    {
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
      translations: translationsColumn(doc.translations),
      position,
    },
    owner,
  );
  const documentId = row.id as number;
  await redirectIfMoved(ctx, existing && paths.document(m, existing.slug as string), paths.document(m, doc.slug));

  // A section is the same section as long as it keeps its place: its own revisions follow it.
  const sectionIds: number[] = [];
  for (const [position, s] of doc.sections.entries()) {
    const section = { record: "section", municipalityId } as const;
    const { row: saved } = await ctx.upsert(
      "DocumentSection",
      { documentId, position },
      { heading: s.heading, level: s.level, body: s.body, translations: translationsColumn(s.translations) },
      section,
    );
    sectionIds.push(saved.id as number);
  }
  await ctx.prune("DocumentSection", { documentId }, sectionIds, { record: "section", municipalityId });

  const areaIds: number[] = [];
  const goalIds: number[] = [];
  const actionIds: number[] = [];
  for (const [areaPosition, area] of doc.areas.entries()) {
    const scope = { m, d: doc.slug, documentId, municipalityId };
    const areaId = await importArea(ctx, scope, area, areaPosition);
    areaIds.push(areaId);
    goalIds.push(...(await importGoals(ctx, scope, area, areaId)));
    actionIds.push(...(await importActions(ctx, scope, area, areaId)));
  }
  await ctx.prune("Action", { documentId }, actionIds, { record: "action", municipalityId });
  await ctx.prune("Goal", { documentId }, goalIds, { record: "goal", municipalityId });
  await ctx.prune("Area", { documentId }, areaIds, { record: "area", municipalityId });
  return documentId;
}

type DocScope = { m: string; d: string; documentId: number; municipalityId: number };

async function syncFrameworkLinks(ctx: SyncContext, kind: "Area" | "Goal" | "Action", ref: EntityRef, item: { agenda2030: number[]; publicHealth: number[] }) {
  const owner = { [`${kind.toLowerCase()}Id`]: ref.id };
  await ctx.syncLinks(
    `${kind}AgendaGoal`,
    owner,
    item.agenda2030.map((goalNumber) => ({ goalNumber })),
    ["goalNumber"],
    ref,
  );
  await ctx.syncLinks(
    `${kind}PublicHealth`,
    owner,
    item.publicHealth.map((publicHealthArea) => ({ publicHealthArea })),
    ["publicHealthArea"],
    ref,
  );
}

const refOf = (type: "area" | "goal" | "action", row: Record<string, unknown>, s: DocScope): EntityRef => ({
  type,
  id: row.id as number,
  municipalityId: s.municipalityId,
});

async function importArea(ctx: SyncContext, s: DocScope, area: AreaContent, position: number) {
  const slug = areaSlug(area);
  // An area is the same area as long as its number (or, unnumbered, its position) is the same.
  const where = area.number ? { documentId: s.documentId, number: area.number } : { documentId: s.documentId, position };
  const previous = await ctx.delegate("Area").findFirst({ where });
  const { row } = await ctx.upsert(
    "Area",
    previous ? { id: previous.id } : where,
    {
      slug,
      number: area.number ?? null,
      title: area.title,
      subtitle: area.subtitle ?? null,
      description: area.description ?? null,
      direction: area.direction ?? null,
      focus: area.focus,
      translations: translationsColumn(area.translations),
      position,
    },
    { record: "area", municipalityId: s.municipalityId },
  );
  await redirectIfMoved(ctx, previous && paths.area(s.m, s.d, previous.slug as string), paths.area(s.m, s.d, slug));
  await syncFrameworkLinks(ctx, "Area", refOf("area", row, s), area);
  return row.id as number;
}

async function importGoals(ctx: SyncContext, s: DocScope, area: AreaContent, areaId: number) {
  const ids: number[] = [];
  for (const [position, goal] of area.goals.entries()) {
    const slug = goalSlug(goal);
    const { row, previous } = await ctx.upsert(
      "Goal",
      { documentId: s.documentId, code: goal.code },
      {
        areaId,
        slug,
        title: goal.title,
        text: goal.text ?? null,
        translations: translationsColumn(goal.translations),
        position,
      },
      { record: "goal", municipalityId: s.municipalityId },
    );
    await redirectIfMoved(ctx, previous && paths.goal(s.m, s.d, previous.slug as string), paths.goal(s.m, s.d, slug));
    await syncFrameworkLinks(ctx, "Goal", refOf("goal", row, s), goal);
    ids.push(row.id as number);
  }
  return ids;
}

async function importActions(ctx: SyncContext, s: DocScope, area: AreaContent, areaId: number) {
  const ids: number[] = [];
  for (const [position, action] of area.actions.entries()) {
    const slug = actionSlug(action, area.number);
    const { row, previous } = await ctx.upsert(
      "Action",
      { areaId, number: action.number },
      {
        documentId: s.documentId,
        slug,
        title: action.title,
        text: action.text ?? null,
        translations: translationsColumn(action.translations),
        position,
      },
      { record: "action", municipalityId: s.municipalityId },
    );
    const actionId = row.id as number;
    const ref = refOf("action", row, s);
    await redirectIfMoved(ctx, previous && paths.action(s.m, s.d, previous.slug as string), paths.action(s.m, s.d, slug));
    await syncFrameworkLinks(ctx, "Action", ref, action);
    const organisations = [...action.responsible.map((name) => ({ name, role: "RESPONSIBLE" })), ...action.partners.map((name) => ({ name, role: "PARTNER" }))];
    const links = [];
    for (const { name, role } of organisations) {
      const org = await ctx.upsert(
        "Organisation",
        { municipalityId: s.municipalityId, slug: slugify(name) },
        { name },
        { record: "organisation", municipalityId: s.municipalityId },
      );
      links.push({ organisationId: org.row.id, role });
    }
    await ctx.syncLinks("ActionOrganisation", { actionId }, links, ["organisationId", "role"], ref);
    ids.push(actionId);
  }
  return ids;
}

async function linkDocuments(ctx: SyncContext, municipalityId: number, documents: DocumentContent[], ids: Map<string, number>) {
  for (const doc of documents) {
    const id = ids.get(doc.slug)!;
    await ctx.upsert("Document", { id }, { concretisesId: doc.concretises ? ids.get(doc.concretises)! : null }, { record: "document", municipalityId });
    const replaced = doc.replaces.map((r) => ({ replacedId: ids.get(r)! }));
    await ctx.syncLinks("DocumentReplacement", { replacingId: id }, replaced, ["replacedId"], { type: "document", id, municipalityId });
  }
}

async function linkActionGoals(ctx: SyncContext, municipalityId: number, documents: DocumentContent[], ids: Map<string, number>) {
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
        await ctx.syncLinks("ActionGoal", { actionId: row!.id }, wanted, ["goalId"], { type: "action", id: row!.id as number, municipalityId });
      }
    }
  }
}

async function importMunicipalityItems(ctx: SyncContext, municipalityId: number, m: MunicipalityContent, documentIds: Map<string, number>) {
  const scope = { municipalityId };
  const documentId = (slug?: string) => (slug ? documentIds.get(slug)! : null);
  const sync = async <T>(model: ItemModelName, items: T[], slugOf: (item: T) => string, data: (item: T) => Record<string, unknown>) => {
    const owner = { record: itemRecords[model], municipalityId };
    const ids: unknown[] = [];
    for (const [position, item] of items.entries()) {
      const { row } = await ctx.upsert(model, { municipalityId, slug: slugOf(item) }, { ...data(item), position }, owner);
      ids.push(row.id);
    }
    await ctx.prune(model, scope, ids, owner);
    return ids as number[];
  };
  const partOf = (type: EntityType, id: unknown): EntityRef => ({ type, id: id as number, municipalityId });

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
    const columns = ["position", "name", "role", "party", "period", "email", "phone"];
    await ctx.replaceList("GroupMember", { groupId: groupIds[i] }, members, columns, partOf("group", groupIds[i]));
  }

  const analysisIds: number[] = [];
  for (const analysis of m.situationAnalyses) {
    const { row } = await ctx.upsert(
      "SituationAnalysis",
      { municipalityId, publicHealthArea: analysis.publicHealthArea },
      { heading: analysis.heading ?? null, documentId: documentId(analysis.document) },
      { record: "situation", municipalityId },
    );
    const kinds = { STRENGTH: analysis.strengths, WEAKNESS: analysis.weaknesses, OPPORTUNITY: analysis.opportunities, CHALLENGE: analysis.challenges };
    const items = Object.entries(kinds).flatMap(([kind, texts]) => texts.map((text, position) => ({ kind, position, text })));
    await ctx.replaceList("SituationItem", { analysisId: row.id }, items, ["kind", "position", "text"], partOf("situation", row.id));
    analysisIds.push(row.id as number);
  }
  await ctx.prune("SituationAnalysis", scope, analysisIds, { record: "situation", municipalityId });

  const mapIds = await sync("ProcessMap", m.processMaps, titleSlug, (p) => ({ title: p.title, intro: p.intro ?? null, documentId: documentId(p.document) }));
  for (const [i, map] of m.processMaps.entries()) {
    const processIds: number[] = [];
    const mapRef = partOf("processMap", mapIds[i]);
    for (const [position, process] of map.processes.entries()) {
      const kind = toEnum(process.kind);
      const { row } = await ctx.upsert(
        "Process",
        { mapId: mapIds[i], kind, number: process.number },
        { title: process.title, description: process.description ?? null, position },
        { partOf: mapRef },
      );
      const proposals = process.proposals.map((text, p) => ({ position: p, text }));
      await ctx.replaceList("ProcessProposal", { processId: row.id }, proposals, ["position", "text"], mapRef);
      processIds.push(row.id as number);
    }
    await ctx.prune("Process", { mapId: mapIds[i] }, processIds, { partOf: mapRef });
  }
}
