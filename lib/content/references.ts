import type { ContentProblem, MunicipalityBundle } from "./load";
import { actionSlug, areaSlug, goalSlug, nameSlug, parseGoalReference, titleSlug } from "./slugs";
import { contentWords as t } from "./words";

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => seen.size === seen.add(v).size))];
}

/** Cross-file rules zod cannot see: references resolve and slugs are unique within their scope. */
export function checkReferences({ municipality, documents, dir }: MunicipalityBundle): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const report = (file: string, field: string, message: string) => problems.push({ file: `${dir}/${file}`, field, message });
  const docSlugs = new Set(documents.map((d) => d.slug));
  const goalCodes = new Map(documents.map((d) => [d.slug, new Set(d.areas.flatMap((a) => a.goals.map((g) => g.code)))]));

  for (const slug of duplicates(documents.map((d) => d.slug))) report("documents", "slug", t("contentCheck.duplicateDocument", { slug }));

  for (const doc of documents) {
    const file = `documents/${doc.slug}.yaml`;
    for (const ref of [doc.concretises, ...doc.replaces].filter((r): r is string => Boolean(r))) {
      if (!docSlugs.has(ref)) report(file, "concretises/replaces", t("contentCheck.unknownDocument", { ref }));
    }
    const scopes = {
      area: doc.areas.map(areaSlug),
      goal: doc.areas.flatMap((a) => a.goals.map(goalSlug)),
      action: doc.areas.flatMap((a) => a.actions.map((x) => actionSlug(x, a.number))),
      goalCode: doc.areas.flatMap((a) => a.goals.map((g) => g.code)),
    };
    for (const [kind, slugs] of Object.entries(scopes) as [keyof typeof scopes, string[]][]) {
      for (const dup of duplicates(slugs)) report(file, "areas", t("contentCheck.duplicateIdentity", { kind: t(`contentCheck.kinds.${kind}`), id: dup }));
    }
    doc.areas.forEach((area, ai) =>
      area.actions.forEach((action, xi) =>
        action.goals.forEach((ref, gi) => {
          const target = parseGoalReference(ref, doc.slug);
          if (!goalCodes.get(target.document)?.has(target.code)) {
            report(file, `areas[${ai}].actions[${xi}].goals[${gi}]`, t("contentCheck.unknownGoal", { ref }));
          }
        }),
      ),
    );
  }

  const file = "municipality.yaml";
  const linked = [
    ...municipality.groups.map((g, i) => [`groups[${i}].document`, g.document] as const),
    ...municipality.dialogues.map((d, i) => [`dialogues[${i}].document`, d.document] as const),
    ...municipality.situationAnalyses.map((s, i) => [`situationAnalyses[${i}].document`, s.document] as const),
    ...municipality.processMaps.map((p, i) => [`processMaps[${i}].document`, p.document] as const),
  ];
  for (const [field, ref] of linked) if (ref && !docSlugs.has(ref)) report(file, field, t("contentCheck.unknownDocument", { ref }));

  const slugScopes = {
    networks: municipality.networks.map(nameSlug),
    goodExamples: municipality.goodExamples.map(titleSlug),
    knowledgePages: municipality.knowledgePages.map(titleSlug),
    groups: municipality.groups.map(nameSlug),
    dialogues: municipality.dialogues.map(titleSlug),
    processMaps: municipality.processMaps.map(titleSlug),
    situationAnalyses: municipality.situationAnalyses.map((s) => String(s.publicHealthArea)),
  };
  for (const [field, slugs] of Object.entries(slugScopes)) {
    for (const dup of duplicates(slugs)) report(file, field, t("contentCheck.repeated", { value: dup }));
  }
  return problems;
}
