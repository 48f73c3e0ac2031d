import type { SearchKind } from "./schema";

/**
 * How much a kind's best match counts when the kinds are put in order. Goals and actions answer
 * "what is being done?" in a line, while a document or one of its sections is long reading: on an
 * equally good match the short answer comes first (docs/decisions/120-search-ranking.md).
 */
const kindWeight: Record<SearchKind, number> = {
  goal: 1,
  action: 1,
  area: 0.8,
  followup: 0.6,
  network: 0.6,
  example: 0.6,
  knowledge: 0.6,
  document: 0.5,
  section: 0.5,
};
/** A kind whose best match lies in a replaced or expired document only sinks below what still steers. */
const STALE_WEIGHT = 0.25;

type Group = { kind: SearchKind; rows: { rank: number; standing: string | null }[] };

/** The best match's rank, weighted by kind and standing. Rows come best first, in force before stale. */
export const groupScore = (g: Group) => {
  const best = g.rows[0];
  return best ? best.rank * kindWeight[g.kind] * (best.standing ? STALE_WEIGHT : 1) : 0;
};

/** Kinds in order of their weighted best match; a stable sort keeps the page's usual order on ties (a search by filters only). */
export const orderGroups = <G extends Group>(groups: G[]): G[] => [...groups].sort((a, b) => groupScore(b) - groupScore(a));
