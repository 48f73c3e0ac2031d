import { z } from "@/lib/validation";
import { SLUG_PATTERN } from "@/lib/slug";
import { translationsOf } from "@/lib/translations/schema";

/**
 * The content file format. The same schemas validate the demo content in `content/`,
 * and are meant to be reused by the admin forms and the API.
 */

export const text = (max: number) => z.string().trim().min(1, "validation.notEmpty").max(max, "validation.tooLong");
// Rendering sanitises anyway; refusing active content up front tells the writer instead of silently dropping it.
const ACTIVE_CONTENT = /<\s*\/?\s*(script|style|iframe|object|embed|form)\b|\bon[a-z]+\s*=|javascript:/i;
export const markdown = z
  .string()
  .trim()
  .max(50_000, "validation.tooLong")
  .refine((text) => !ACTIVE_CONTENT.test(text), "validation.activeContent");
const slug = z.string().regex(SLUG_PATTERN, "validation.slug");
export const isoDate = z.iso.date({ error: "validation.date" });
const year = z.number().int().min(1900).max(2100);
const agenda2030Goals = z.array(z.number().int().min(1).max(17)).default([]);
const publicHealthAreas = z.array(z.number().int().min(1).max(8)).default([]);
const uniqueList = <T extends z.ZodType>(item: T) => z.array(item).default([]);

export const documentKinds = ["policy", "strategy", "action_plan", "municipal_plan", "social_report", "regulation"] as const;

/** The name of a responsible body or partner (nämnd, bolag, förening), as actions list them and the admin names them. */
export const organisationNameSchema = text(200);

export const levelLabelSchema = z.object({ singular: text(60), plural: text(60) });

/** A reference to a goal: "A" in the same document, or "<document-slug>/A" in another one. */
export const goalReferenceSchema = z.string().regex(/^(?:[a-z0-9-]+\/)?[A-Za-z0-9.]+$/, "validation.content.goalReference");

export const goalContentSchema = z.strictObject({
  code: z.string().trim().min(1).max(20),
  title: text(500),
  text: markdown.optional(),
  slug: slug.optional(),
  agenda2030: agenda2030Goals,
  publicHealth: publicHealthAreas,
  translations: translationsOf({ title: text(500), text: markdown }),
});

export const actionContentSchema = z.strictObject({
  number: z.string().trim().min(1).max(20),
  title: text(300),
  text: markdown.optional(),
  slug: slug.optional(),
  goals: uniqueList(goalReferenceSchema),
  responsible: uniqueList(organisationNameSchema),
  partners: uniqueList(organisationNameSchema),
  agenda2030: agenda2030Goals,
  publicHealth: publicHealthAreas,
  translations: translationsOf({ title: text(300), text: markdown }),
});

export const areaContentSchema = z.strictObject({
  number: z.string().trim().min(1).max(20).optional(),
  title: text(300),
  subtitle: z.string().trim().max(300).optional(),
  slug: slug.optional(),
  description: markdown.optional(),
  direction: markdown.optional(),
  focus: uniqueList(text(500)),
  agenda2030: agenda2030Goals,
  publicHealth: publicHealthAreas,
  translations: translationsOf({ title: text(300), subtitle: text(300), description: markdown, direction: markdown }),
  goals: uniqueList(goalContentSchema),
  actions: uniqueList(actionContentSchema),
});

export const sectionContentSchema = z.strictObject({
  heading: text(300),
  level: z.number().int().min(2).max(4).default(2),
  body: markdown.default(""),
  translations: translationsOf({ heading: text(300), body: markdown }),
});

/** The document's own fields: shared by the content file and the admin form. */
export const documentFieldsSchema = z.strictObject({
  slug,
  formerSlugs: uniqueList(slug),
  kind: z.enum(documentKinds),
  title: text(300),
  subtitle: z.string().trim().max(300).optional(),
  summary: text(1000),
  registrationNumber: z.string().trim().max(60).optional(),
  adoptedBy: z.string().trim().max(200).optional(),
  adoptedOn: isoDate.optional(),
  validUntil: isoDate.optional(),
  reviewBy: isoDate.optional(),
  responsible: z.string().trim().max(300).optional(),
  owner: z.string().trim().max(300).optional(),
  periodStart: year.optional(),
  periodEnd: year.optional(),
  concretises: slug.optional(),
  replaces: uniqueList(slug),
  status: z.enum(["published", "replaced"]).default("published"),
  labels: z.strictObject({ area: levelLabelSchema, goal: levelLabelSchema, action: levelLabelSchema }).partial().default({}),
  sections: uniqueList(sectionContentSchema),
  areas: uniqueList(areaContentSchema),
  translations: translationsOf({ title: text(300), subtitle: text(300), summary: text(1000) }),
});

type DatedDocument = { adoptedOn?: string; validUntil?: string; periodStart?: number; periodEnd?: number };

/** Rules across a document's fields, wherever a document is written. */
export function checkDocumentDates(doc: DatedDocument, ctx: z.RefinementCtx) {
  if (doc.adoptedOn && doc.validUntil && doc.validUntil < doc.adoptedOn) {
    ctx.addIssue({ code: "custom", path: ["validUntil"], message: "validation.validUntilBeforeAdopted" });
  }
  if (doc.periodStart && doc.periodEnd && doc.periodEnd < doc.periodStart) {
    ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "followUp.validation.endsBeforeStart" });
  }
}

export const documentContentSchema = documentFieldsSchema.superRefine(checkDocumentDates);

const documentRef = slug.optional();

export const networkContentSchema = z.strictObject({ name: text(200), purpose: markdown, slug: slug.optional() });

export const goodExampleContentSchema = z.strictObject({
  title: text(200),
  summary: text(1000),
  body: markdown.optional(),
  people: z.string().trim().max(300).optional(),
  slug: slug.optional(),
});

export const knowledgePageContentSchema = z.strictObject({
  title: text(200),
  summary: text(1000),
  body: markdown,
  slug: slug.optional(),
});

export const groupMemberContentSchema = z.strictObject({
  name: text(200),
  role: z.string().trim().max(200).optional(),
  party: z.string().trim().max(20).optional(),
  period: z.string().trim().max(60).optional(),
  email: z.email({ error: "validation.email" }).optional(),
  phone: z.string().trim().max(40).optional(),
});

export const personGroupContentSchema = z.strictObject({
  name: text(200),
  kind: z.enum(["committee", "reference_group", "contacts"]),
  description: markdown.optional(),
  document: documentRef,
  slug: slug.optional(),
  members: z.array(groupMemberContentSchema).min(1, "validation.content.groupNeedsMember"),
});

export const citizenDialogueContentSchema = z.strictObject({
  title: text(200),
  document: documentRef,
  period: text(100),
  topic: z.string().trim().max(300).optional(),
  method: markdown.optional(),
  participants: markdown.optional(),
  responses: z.number().int().min(0).optional(),
  summary: markdown,
  slug: slug.optional(),
});

export const situationAnalysisContentSchema = z.strictObject({
  publicHealthArea: z.number().int().min(1).max(8),
  heading: z.string().trim().max(300).optional(),
  document: documentRef,
  strengths: uniqueList(text(2000)),
  weaknesses: uniqueList(text(2000)),
  opportunities: uniqueList(text(2000)),
  challenges: uniqueList(text(2000)),
});

export const processContentSchema = z.strictObject({
  kind: z.enum(["main", "management", "support"]),
  number: z.string().trim().min(1).max(20),
  title: text(300),
  description: markdown.optional(),
  proposals: uniqueList(text(2000)),
});

export const processMapContentSchema = z.strictObject({
  title: text(200),
  document: documentRef,
  intro: markdown.optional(),
  slug: slug.optional(),
  processes: z.array(processContentSchema).min(1),
});

export const municipalityContentSchema = z.strictObject({
  slug,
  formerSlugs: uniqueList(slug),
  name: text(200),
  shortName: text(100),
  code: z.string().regex(/^\d{4}$/, "Kommunkoden ska ha fyra siffror"),
  intro: markdown,
  contact: markdown.optional(),
  networks: uniqueList(networkContentSchema),
  goodExamples: uniqueList(goodExampleContentSchema),
  knowledgePages: uniqueList(knowledgePageContentSchema),
  groups: uniqueList(personGroupContentSchema),
  dialogues: uniqueList(citizenDialogueContentSchema),
  situationAnalyses: uniqueList(situationAnalysisContentSchema),
  processMaps: uniqueList(processMapContentSchema),
});

export const agenda2030ContentSchema = z.strictObject({
  goals: z
    .array(
      z.strictObject({
        number: z.number().int().min(1).max(17),
        title: text(200),
        description: text(1000),
        color: z.string().regex(/^#[0-9A-F]{6}$/, "validation.content.colour"),
        targets: z
          .array(z.strictObject({ code: z.string().regex(/^\d{1,2}\.(?:\d{1,2}|[a-z])$/, "validation.content.agendaTargetCode"), title: text(2000) }))
          .min(1),
      }),
    )
    .length(17, "validation.content.agendaGoals"),
});

export const publicHealthContentSchema = z.strictObject({
  areas: z
    .array(z.strictObject({ number: z.number().int().min(1).max(8), title: text(200), description: text(2000) }))
    .length(8, "validation.content.publicHealthAreas"),
});

export type DocumentContent = z.infer<typeof documentContentSchema>;
export type AreaContent = z.infer<typeof areaContentSchema>;
export type MunicipalityContent = z.infer<typeof municipalityContentSchema>;
export type Agenda2030Content = z.infer<typeof agenda2030ContentSchema>;
export type PublicHealthContent = z.infer<typeof publicHealthContentSchema>;
