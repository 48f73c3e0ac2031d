import { db } from "@/lib/db/client";
import { cachedQuery } from "@/lib/cache";
import { cacheTags } from "@/lib/cache-tags";
import { publicDocument, publicPlanItem, publicPeriod, publicWithinParent } from "@/lib/documents/visibility";
import { isoDate } from "@/lib/labels";

const agenda = { select: { agendaGoal: { select: { number: true, title: true } } }, orderBy: { goalNumber: "asc" } } as const;
/** An item's follow-up in its latest published period, if it has one. */
const latestPublished = { where: { period: publicPeriod }, orderBy: { period: { endsOn: "desc" } }, take: 1 } as const;

const findPlan = (m: string, d: string) =>
  db.document.findFirst({
    where: { slug: d, municipality: { slug: m }, ...publicDocument },
    select: {
      title: true,
      subtitle: true,
      summary: true,
      kind: true,
      registrationNumber: true,
      adoptedBy: true,
      adoptedOn: true,
      validUntil: true,
      responsible: true,
      periodStart: true,
      periodEnd: true,
      areaLabel: true,
      goalLabel: true,
      actionLabel: true,
      municipality: { select: { name: true } },
      sections: { where: publicWithinParent, orderBy: { position: "asc" }, select: { heading: true, level: true, body: true } },
      areas: {
        where: publicWithinParent,
        orderBy: { position: "asc" },
        select: {
          number: true,
          title: true,
          subtitle: true,
          description: true,
          direction: true,
          agenda2030: agenda,
          goals: {
            where: publicWithinParent,
            orderBy: { position: "asc" },
            select: {
              code: true,
              title: true,
              text: true,
              agenda2030: agenda,
              assessments: { ...latestPublished, select: { assessment: true, analysis: true, period: { select: { title: true } } } },
            },
          },
          actions: {
            where: publicWithinParent,
            orderBy: { position: "asc" },
            select: {
              number: true,
              title: true,
              text: true,
              agenda2030: agenda,
              organisations: { orderBy: { organisation: { name: "asc" } }, select: { role: true, organisation: { select: { name: true } } } },
              // The goals it serves, in any document, only where the goal itself is public.
              goals: { where: { goal: publicPlanItem }, select: { goal: { select: { code: true, title: true } } } },
              followUps: { ...latestPublished, select: { status: true, progress: true, comment: true, period: { select: { title: true } } } },
            },
          },
        },
      },
    },
  });

/**
 * A published document as the Word export shows it: only what its public pages show (the visibility rule
 * of lib/documents/visibility.ts), dates as ISO strings since the data cache stores JSON.
 */
export const getPlanForWord = cachedQuery(
  "document-word",
  (m: string, d: string) => [cacheTags.municipality(m), cacheTags.document(m, d), cacheTags.followUp(m)],
  async (m: string, d: string) => {
    const plan = await findPlan(m, d);
    if (!plan) return null;
    return { ...plan, adoptedOn: plan.adoptedOn ? isoDate(plan.adoptedOn) : null, validUntil: plan.validUntil ? isoDate(plan.validUntil) : null };
  },
);

export type PlanForWord = NonNullable<Awaited<ReturnType<typeof getPlanForWord>>>;
