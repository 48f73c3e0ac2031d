import { stringify } from "yaml";
import { db } from "@/lib/db/client";
import { isoDate, defaultLevelLabels } from "@/lib/labels";
import type { documentKinds } from "@/lib/content/schema";
import { actionSlug, areaSlug, goalSlug, nameSlug, titleSlug } from "@/lib/content/slugs";
import { fileTranslations } from "@/lib/translations/schema";

/**
 * The database as content files (the format `content:import` reads, lib/content/schema.ts): path under the
 * content folder → YAML text. Only what the public sees is written: the format has no drafts, and a draft
 * written to a file would be published by the next import. Deterministic, so export → import into an
 * empty database → export gives the same bytes.
 */
export type ContentFiles = Map<string, string>;

type Obj = Record<string, unknown>;
const PUBLIC = { status: "PUBLISHED" } as const;
const ORDER: [{ position: "asc" }, { id: "asc" }] = [{ position: "asc" }, { id: "asc" }];
const lower = (value: string) => value.toLowerCase();

/** Leaves out what the format fills in itself (absent, empty lists, the default value), so files stay as people write them. */
function compact(obj: Obj, defaults: Obj = {}): Obj {
  return Object.fromEntries(
    Object.entries(obj).filter(
      ([key, value]) => value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0) && defaults[key] !== value,
    ),
  );
}

/** The slug only when it is not the one the format derives. */
const ownSlug = (slug: string, derived: string) => (slug === derived ? undefined : slug);

const yaml = (value: Obj) => stringify(value, { lineWidth: 120 });

export async function exportReference(): Promise<ContentFiles> {
  const goals = await db.agenda2030Goal.findMany({ orderBy: { number: "asc" }, include: { targets: { orderBy: { position: "asc" } } } });
  const areas = await db.publicHealthArea.findMany({ orderBy: { number: "asc" } });
  return new Map([
    [
      "reference/agenda2030.yaml",
      yaml({
        goals: goals.map((g) => ({
          number: g.number,
          title: g.title,
          description: g.description,
          color: g.color,
          targets: g.targets.map((t) => ({ code: t.code, title: t.title })),
        })),
      }),
    ],
    ["reference/public-health.yaml", yaml({ areas: areas.map((a) => ({ number: a.number, title: a.title, description: a.description })) })],
  ]);
}

const links = (item: { agenda2030: { goalNumber: number }[]; publicHealth: { publicHealthArea: number }[] }) => ({
  agenda2030: item.agenda2030.map((l) => l.goalNumber).sort((a, b) => a - b),
  publicHealth: item.publicHealth.map((l) => l.publicHealthArea).sort((a, b) => a - b),
});
const frameworkLinks = { agenda2030: { select: { goalNumber: true } }, publicHealth: { select: { publicHealthArea: true } } } as const;

function loadDocuments(municipalityId: number) {
  return db.document.findMany({
    where: { municipalityId, status: { in: ["PUBLISHED", "REPLACED"] } },
    orderBy: ORDER,
    include: {
      concretises: { select: { slug: true } },
      replaces: { select: { replaced: { select: { slug: true } } } },
      sections: { where: PUBLIC, orderBy: ORDER },
      areas: {
        where: PUBLIC,
        orderBy: ORDER,
        include: {
          ...frameworkLinks,
          goals: { where: PUBLIC, orderBy: ORDER, include: frameworkLinks },
          actions: {
            where: PUBLIC,
            orderBy: ORDER,
            include: {
              ...frameworkLinks,
              goals: { select: { goal: { select: { id: true, code: true, status: true, document: { select: { slug: true } } } } } },
              organisations: { select: { role: true, organisation: { select: { name: true } } }, orderBy: { organisation: { name: "asc" } } },
            },
          },
        },
      },
    },
  });
}

type DocumentRow = Awaited<ReturnType<typeof loadDocuments>>[number];

function documentFile(doc: DocumentRow, exported: Set<string>, exportedGoals: Set<number>): Obj {
  const kind = lower(doc.kind) as (typeof documentKinds)[number];
  const defaults = defaultLevelLabels(kind);
  const level = (singular: string, plural: string, fallback: { singular: string; plural: string }) =>
    singular === fallback.singular && plural === fallback.plural ? undefined : { singular, plural };
  const labels = compact({
    area: level(doc.areaLabel, doc.areaLabelPlural, defaults.area),
    goal: level(doc.goalLabel, doc.goalLabelPlural, defaults.goal),
    action: level(doc.actionLabel, doc.actionLabelPlural, defaults.action),
  });
  const date = (d: Date | null) => (d ? isoDate(d) : undefined);
  return compact(
    {
      slug: doc.slug,
      kind,
      title: doc.title,
      subtitle: doc.subtitle,
      summary: doc.summary,
      registrationNumber: doc.registrationNumber,
      adoptedBy: doc.adoptedBy,
      adoptedOn: date(doc.adoptedOn),
      validUntil: date(doc.validUntil),
      reviewBy: date(doc.reviewBy),
      responsible: doc.responsible,
      owner: doc.owner,
      periodStart: doc.periodStart,
      periodEnd: doc.periodEnd,
      concretises: doc.concretises && exported.has(doc.concretises.slug) ? doc.concretises.slug : undefined,
      replaces: doc.replaces
        .map((r) => r.replaced.slug)
        .filter((slug) => exported.has(slug))
        .sort(),
      status: lower(doc.status),
      labels: Object.keys(labels).length > 0 ? labels : undefined,
      translations: fileTranslations("document", doc.translations),
      sections: doc.sections.map((s) =>
        compact({ heading: s.heading, level: s.level, body: s.body, translations: fileTranslations("section", s.translations) }, { level: 2, body: "" }),
      ),
      areas: doc.areas.map((area) =>
        compact({
          number: area.number,
          title: area.title,
          subtitle: area.subtitle,
          slug: ownSlug(area.slug, areaSlug({ number: area.number ?? undefined, title: area.title })),
          description: area.description,
          direction: area.direction,
          focus: area.focus,
          ...links(area),
          translations: fileTranslations("area", area.translations),
          goals: area.goals.map((goal) =>
            compact({
              code: goal.code,
              title: goal.title,
              text: goal.text,
              slug: ownSlug(goal.slug, goalSlug(goal)),
              ...links(goal),
              translations: fileTranslations("goal", goal.translations),
            }),
          ),
          actions: area.actions.map((action) => {
            const bodies = (role: string) => action.organisations.filter((o) => o.role === role).map((o) => o.organisation.name);
            const goals = action.goals
              .map((l) => l.goal)
              .filter((g) => exportedGoals.has(g.id))
              .map((g) => (g.document.slug === doc.slug ? g.code : `${g.document.slug}/${g.code}`))
              .sort();
            return compact({
              number: action.number,
              title: action.title,
              text: action.text,
              slug: ownSlug(action.slug, actionSlug(action, area.number ?? undefined)),
              goals,
              responsible: bodies("RESPONSIBLE"),
              partners: bodies("PARTNER"),
              ...links(action),
              translations: fileTranslations("action", action.translations),
            });
          }),
        }),
      ),
    },
    { status: "published" },
  );
}

async function municipalityItems(municipalityId: number, exported: Map<number, string>) {
  const where = { municipalityId, ...PUBLIC };
  const documentSlug = (id: number | null) => (id === null ? undefined : exported.get(id));
  const [networks, goodExamples, knowledgePages, groups, dialogues, situations, maps] = await Promise.all([
    db.network.findMany({ where, orderBy: ORDER }),
    db.goodExample.findMany({ where, orderBy: ORDER }),
    db.knowledgePage.findMany({ where, orderBy: ORDER }),
    db.personGroup.findMany({ where, orderBy: ORDER, include: { members: { orderBy: { position: "asc" } } } }),
    db.citizenDialogue.findMany({ where, orderBy: ORDER }),
    db.situationAnalysis.findMany({ where, orderBy: { publicHealthArea: "asc" }, include: { items: { orderBy: { position: "asc" } } } }),
    db.processMap.findMany({
      where,
      orderBy: ORDER,
      include: { processes: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { proposals: { orderBy: { position: "asc" } } } } },
    }),
  ]);
  const situationList = (items: { kind: string; text: string }[], kind: string) => items.filter((i) => i.kind === kind).map((i) => i.text);
  return {
    networks: networks.map((n) => compact({ name: n.name, purpose: n.purpose, slug: ownSlug(n.slug, nameSlug(n)) })),
    goodExamples: goodExamples.map((e) => compact({ title: e.title, summary: e.summary, body: e.body, people: e.people, slug: ownSlug(e.slug, titleSlug(e)) })),
    knowledgePages: knowledgePages.map((k) => compact({ title: k.title, summary: k.summary, body: k.body, slug: ownSlug(k.slug, titleSlug(k)) })),
    groups: groups.map((g) =>
      compact({
        name: g.name,
        kind: lower(g.kind),
        description: g.description,
        document: documentSlug(g.documentId),
        slug: ownSlug(g.slug, nameSlug(g)),
        members: g.members.map((p) => compact({ name: p.name, role: p.role, party: p.party, period: p.period, email: p.email, phone: p.phone })),
      }),
    ),
    dialogues: dialogues.map((d) =>
      compact({
        title: d.title,
        document: documentSlug(d.documentId),
        period: d.period,
        topic: d.topic,
        method: d.method,
        participants: d.participants,
        responses: d.responses,
        summary: d.summary,
        slug: ownSlug(d.slug, titleSlug(d)),
      }),
    ),
    situationAnalyses: situations.map((s) =>
      compact({
        publicHealthArea: s.publicHealthArea,
        heading: s.heading,
        document: documentSlug(s.documentId),
        strengths: situationList(s.items, "STRENGTH"),
        weaknesses: situationList(s.items, "WEAKNESS"),
        opportunities: situationList(s.items, "OPPORTUNITY"),
        challenges: situationList(s.items, "CHALLENGE"),
      }),
    ),
    processMaps: maps.map((p) =>
      compact({
        title: p.title,
        document: documentSlug(p.documentId),
        intro: p.intro,
        slug: ownSlug(p.slug, titleSlug(p)),
        processes: p.processes.map((x) =>
          compact({ kind: lower(x.kind), number: x.number, title: x.title, description: x.description, proposals: x.proposals.map((q) => q.text) }),
        ),
      }),
    ),
  };
}

/** One municipality's files, under `municipalities/<slug>/`; null when there is no such municipality. */
export async function exportMunicipality(slug: string): Promise<ContentFiles | null> {
  const m = await db.municipality.findUnique({ where: { slug } });
  if (!m) return null;
  const documents = await loadDocuments(m.id);
  const exported = new Map(documents.map((d) => [d.id, d.slug]));
  const slugs = new Set(exported.values());
  const goals = new Set(documents.flatMap((d) => d.areas.flatMap((a) => a.goals.map((g) => g.id))));
  const dir = `municipalities/${m.slug}`;
  const files: ContentFiles = new Map();
  files.set(
    `${dir}/municipality.yaml`,
    yaml(
      compact({
        slug: m.slug,
        name: m.name,
        shortName: m.shortName,
        code: m.code,
        intro: m.intro,
        contact: m.contact,
        ...(await municipalityItems(m.id, exported)),
      }),
    ),
  );
  for (const doc of documents) files.set(`${dir}/documents/${doc.slug}.yaml`, yaml(documentFile(doc, slugs, goals)));
  return files;
}

/** The reference data and the given municipalities (all, without a list): a content folder `content:import` reads. */
export async function exportContent(slugs?: string[]): Promise<ContentFiles> {
  const all = slugs ?? (await db.municipality.findMany({ orderBy: { slug: "asc" }, select: { slug: true } })).map((m) => m.slug);
  const files = await exportReference();
  for (const slug of all) {
    const municipality = await exportMunicipality(slug);
    if (!municipality) throw new Error(`unknown municipality ${slug}`);
    for (const [file, text] of municipality) files.set(file, text);
  }
  return files;
}
