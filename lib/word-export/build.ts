import { Document, HeadingLevel, Packer, PageBreak, Paragraph, TextRun } from "docx";
import { formatDate, numbered } from "@/lib/labels";
import type { Translate } from "@/lib/i18n/message";
import type { Locale } from "@/lib/i18n/routing";
import type { PlanForWord } from "./queries";

/** "**fet** text" as runs; the rest of Markdown's marks are left as written, which reads well in Word too. */
function runs(text: string): TextRun[] {
  return text.split(/(\*\*[^*]+\*\*)/).flatMap((part) => {
    if (!part) return [];
    const bold = /^\*\*([^*]+)\*\*$/.exec(part);
    return [new TextRun({ text: bold ? bold[1]! : part, bold: !!bold })];
  });
}

/** Markdown text as paragraphs: a paragraph per blank-line block, a bullet per "- " or "* " line. */
function markdown(text: string | null | undefined): Paragraph[] {
  if (!text) return [];
  return text.split(/\n\s*\n/).flatMap((block) => {
    const lines = block.split("\n").filter((l) => l.trim());
    if (lines.length > 0 && lines.every((l) => /^\s*[-*]\s+/.test(l))) {
      return lines.map((l) => new Paragraph({ children: runs(l.replace(/^\s*[-*]\s+/, "")), bullet: { level: 0 } }));
    }
    return [new Paragraph({ children: lines.flatMap((l, i) => (i === 0 ? runs(l) : [new TextRun({ break: 1 }), ...runs(l)])) })];
  });
}

const labelled = (label: string, value: string | null | undefined) =>
  value ? [new Paragraph({ children: [new TextRun({ text: `${label}: `, bold: true }), new TextRun(value)] })] : [];

type Linked = { agenda2030: { agendaGoal: { number: number; title: string } }[] };
/** The words around the plan, in the language of the page it was downloaded from. */
type Words = { t: Translate; locale: Locale };

const agendaLine = ({ t }: Words, item: Linked) =>
  labelled(t("wordExport.agenda2030"), item.agenda2030.map(({ agendaGoal: g }) => `${g.number}. ${g.title}`).join(", ") || null);

const date = ({ locale }: Words, iso: string | null) => (iso ? formatDate(new Date(`${iso}T00:00:00Z`), locale) : null);

function titlePage(w: Words, plan: PlanForWord): Paragraph[] {
  const { t, locale } = w;
  const period = plan.periodStart ? [plan.periodStart, plan.periodEnd].filter(Boolean).join("–") : null;
  return [
    new Paragraph({ text: plan.title, heading: HeadingLevel.TITLE }),
    ...(plan.subtitle ? [new Paragraph({ text: plan.subtitle, heading: HeadingLevel.HEADING_2 })] : []),
    ...labelled(t("wordExport.municipality"), plan.municipality.name),
    ...labelled(t("wordExport.registrationNumber"), plan.registrationNumber),
    ...labelled(t("wordExport.adoptedBy"), plan.adoptedBy),
    ...labelled(t("wordExport.adoptedOn"), date(w, plan.adoptedOn)),
    ...labelled(t("wordExport.validUntil"), date(w, plan.validUntil)),
    ...labelled(t("wordExport.period"), period),
    ...labelled(t("wordExport.responsible"), plan.responsible),
    new Paragraph({ children: [new TextRun({ text: t("wordExport.exported", { date: formatDate(new Date(), locale) }), italics: true })] }),
    new Paragraph({ children: [new PageBreak()] }),
    ...markdown(plan.summary),
  ];
}

function area(w: Words, plan: PlanForWord, a: PlanForWord["areas"][number]): Paragraph[] {
  const { t } = w;
  return [
    new Paragraph({ text: numbered(plan.areaLabel, a.number) + `: ${a.title}`, heading: HeadingLevel.HEADING_1 }),
    ...(a.subtitle ? [new Paragraph({ children: [new TextRun({ text: a.subtitle, italics: true })] })] : []),
    ...markdown(a.description),
    ...markdown(a.direction),
    ...agendaLine(w, a),
    ...a.goals.flatMap((g) => [
      new Paragraph({ text: `${numbered(plan.goalLabel, g.code)}: ${g.title}`, heading: HeadingLevel.HEADING_2 }),
      ...markdown(g.text),
      ...agendaLine(w, g),
      ...g.assessments.flatMap((s) => [
        ...labelled(t("wordExport.followUp", { period: s.period.title }), `${t("wordExport.assessment")}: ${t(`followUp.assessment.${s.assessment}`)}`),
        ...markdown(s.analysis),
      ]),
    ]),
    ...a.actions.flatMap((x) => {
      const bodies = (role: string) =>
        x.organisations
          .filter((o) => o.role === role)
          .map((o) => o.organisation.name)
          .join(", ") || null;
      return [
        new Paragraph({ text: `${numbered(plan.actionLabel, [a.number, x.number].filter(Boolean).join("."))}: ${x.title}`, heading: HeadingLevel.HEADING_3 }),
        ...markdown(x.text),
        ...labelled(t("wordExport.responsibleBodies"), bodies("RESPONSIBLE")),
        ...labelled(t("wordExport.partners"), bodies("PARTNER")),
        ...labelled(t("wordExport.goalsServed"), x.goals.map(({ goal }) => `${goal.code} ${goal.title}`).join("; ") || null),
        ...agendaLine(w, x),
        ...x.followUps.flatMap((f) => [
          ...labelled(
            t("wordExport.followUp", { period: f.period.title }),
            [t(`followUp.actionStatus.${f.status}`), f.progress === null ? null : t("wordExport.progress", { percent: f.progress })].filter(Boolean).join(", "),
          ),
          ...markdown(f.comment),
        ]),
      ];
    }),
  ];
}

/**
 * The published document as a Word file: a title page with its metadata, its text sections, then its
 * areas, goals and actions; its headings and labels in the reader's language.
 */
export async function buildPlanDocx(t: Translate, locale: Locale, plan: PlanForWord): Promise<Buffer> {
  const w: Words = { t, locale };
  const children = [
    ...titlePage(w, plan),
    ...plan.sections.flatMap((s) => [
      new Paragraph({ text: s.heading, heading: s.level > 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1 }),
      ...markdown(s.body),
    ]),
    ...plan.areas.flatMap((a) => area(w, plan, a)),
  ];
  const document = new Document({
    title: plan.title,
    creator: plan.municipality.name,
    description: plan.summary,
    styles: { default: { document: { run: { font: "Calibri", size: 22 } } } },
    sections: [{ children }],
  });
  return Packer.toBuffer(document);
}
