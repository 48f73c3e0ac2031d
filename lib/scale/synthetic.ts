/**
 * How synthetic municipalities are recognised everywhere: by their slug (`syntet-001`), their name
 * ("Syntetkommun 001") and a code in 9001–9999, which no real Swedish municipality uses (real
 * codes run from 0114 to 2584). See docs/decisions/021-synthetic-scale-data.md.
 */
export const SYNTHETIC_SLUG_PREFIX = "syntet-";
export const MAX_SYNTHETIC_MUNICIPALITIES = 999;

const number = (index: number) => String(index).padStart(3, "0");

export const syntheticMunicipality = (index: number) => ({
  slug: `${SYNTHETIC_SLUG_PREFIX}${number(index)}`,
  name: `Syntetkommun ${number(index)}`,
  code: String(9000 + index),
});

export const isSyntheticMunicipality = (slug: string) => slug.startsWith(SYNTHETIC_SLUG_PREFIX);

/**
 * The demo's one invented municipality, written by hand to show every follow-up feature
 * (docs/decisions/115-exempelkommun.md). Its code 9000 is below the synthetic range and outside the real one.
 */
export const EXAMPLE_MUNICIPALITY = { slug: "exempelkommun", code: "9000" } as const;

/** Whether a municipality's data is invented, and how: generated for the benchmark, or the demo's example. */
export function isInventedMunicipality(slug: string): "synthetic" | "example" | null {
  if (isSyntheticMunicipality(slug)) return "synthetic";
  return slug === EXAMPLE_MUNICIPALITY.slug ? "example" : null;
}
