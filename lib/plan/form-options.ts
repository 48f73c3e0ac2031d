import { db } from "@/lib/db/client";
import type { Option } from "@/lib/admin/fields";
import type { PublicationStatus } from "@/lib/generated/prisma/enums";
import type { Translate } from "@/lib/i18n/message";
import type { Locale } from "@/lib/i18n/routing";

/** " (utkast)" after an item that is not public, so a choice says what the public will not see. */
export const draftMark = (t: Translate, locale: Locale, status: PublicationStatus) =>
  status === "PUBLISHED" || status === "REPLACED" ? "" : ` (${t(`documentStatus.${status}`).toLocaleLowerCase(locale)})`;

/**
 * Choices for the link fields of a plan's areas, goals and actions, all within one municipality. Their
 * labels are the records' own titles, with the draft mark in the reader's language: `{ text }`, not keys,
 * marked as Swedish (organisations' names are names, in no language).
 */
export async function planOptions(t: Translate, locale: Locale, municipalityId: number, documentId: number) {
  const mark = (status: Parameters<typeof draftMark>[2]) => draftMark(t, locale, status);
  const [areas, goals, organisations, agenda, health] = await Promise.all([
    db.area.findMany({ where: { documentId }, orderBy: { position: "asc" }, select: { id: true, number: true, title: true, status: true } }),
    db.goal.findMany({
      where: { document: { municipalityId }, status: { not: "ARCHIVED" } },
      orderBy: [{ document: { position: "asc" } }, { area: { position: "asc" } }, { position: "asc" }],
      select: { id: true, code: true, title: true, status: true, document: { select: { title: true, goalLabel: true } } },
    }),
    db.organisation.findMany({ where: { municipalityId }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
    db.agenda2030Goal.findMany({ orderBy: { number: "asc" }, select: { number: true, title: true } }),
    db.publicHealthArea.findMany({ orderBy: { number: "asc" }, select: { number: true, title: true } }),
  ]);
  return {
    areas: areas.map((a): Option => ({
      value: String(a.id),
      label: { text: `${[a.number, a.title].filter(Boolean).join(". ")}${mark(a.status)}` },
      lang: "sv",
    })),
    goals: goals.map((g): Option => ({
      value: String(g.id),
      label: { text: `${g.document.goalLabel} ${g.code}: ${g.title}${mark(g.status)}` },
      group: g.document.title,
      lang: "sv",
    })),
    organisations: organisations.map((o): Option => ({ value: String(o.id), label: { text: o.name } })),
    agenda2030: agenda.map((g): Option => ({ value: String(g.number), label: { text: `${g.number}. ${g.title}` }, lang: "sv" })),
    publicHealth: health.map((h): Option => ({ value: String(h.number), label: { text: `${h.number}. ${h.title}` }, lang: "sv" })),
  };
}

export type PlanOptions = Awaited<ReturnType<typeof planOptions>>;
export const noPlanOptions: PlanOptions = { areas: [], goals: [], organisations: [], agenda2030: [], publicHealth: [] };
