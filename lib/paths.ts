/** The one place that builds public URLs; Swedish, readable and stable. */

export const paths = {
  home: () => "/",
  agenda2030: () => "/agenda-2030",
  agenda2030Goal: (number: number) => `/agenda-2030/mal-${number}`,
  accessibility: () => "/tillganglighet",
  signIn: () => "/logga-in",
  municipality: (m: string) => `/${m}`,
  document: (m: string, d: string) => `/${m}/dokument/${d}`,
  area: (m: string, d: string, a: string) => `/${m}/dokument/${d}/omrade/${a}`,
  goal: (m: string, d: string, g: string) => `/${m}/dokument/${d}/mal/${g}`,
  action: (m: string, d: string, a: string) => `/${m}/dokument/${d}/atgard/${a}`,
  networks: (m: string) => `/${m}/natverk`,
  goodExamples: (m: string) => `/${m}/goda-exempel`,
  goodExample: (m: string, s: string) => `/${m}/goda-exempel/${s}`,
  knowledge: (m: string) => `/${m}/kunskap`,
  knowledgePage: (m: string, s: string) => `/${m}/kunskap/${s}`,
  dialogues: (m: string) => `/${m}/medborgardialoger`,
  situation: (m: string) => `/${m}/nulage`,
  processMap: (m: string, s: string) => `/${m}/processkarta/${s}`,
  people: (m: string) => `/${m}/personer`,
} as const;
