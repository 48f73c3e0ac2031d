/** The one place that builds public URLs; Swedish, readable and stable. */

/** One step of a breadcrumb trail (components/Breadcrumbs.tsx): lib builds trails without importing components. */
/** `lang`: the label is a municipality's text in that language (a document's Swedish title), marked as such. */
export type Crumb = { href: string; label: string; lang?: string };

export const paths = {
  home: () => "/",
  agenda2030: () => "/agenda-2030",
  agenda2030Goal: (number: number) => `/agenda-2030/mal-${number}`,
  accessibility: () => "/tillganglighet",
  signIn: () => "/logga-in",
  forgotPassword: () => "/logga-in/glomt-losenord",
  /** A link sent by e-mail: an invitation or a password reset (lib/auth/email-tokens.ts). */
  emailLink: (token: string) => `/konto/${token}`,
  municipality: (m: string) => `/${m}`,
  document: (m: string, d: string) => `/${m}/dokument/${d}`,
  /** The published document as a Word file. */
  documentWord: (m: string, d: string) => `/${m}/dokument/${d}/word.docx`,
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
  /** Search; `query` is a ready query string ("?q=barn") or empty. */
  search: (query = "") => `/sok${query}`,
  coverage: () => "/agenda-2030/tackning",
  municipalityCoverage: (m: string) => `/${m}/agenda-2030`,
  feed: (m: string) => `/${m}/flode.atom`,
  openData: () => "/oppna-data",
  openDataList: (dataset: string, format: "json" | "csv", query = "") => `/api/v1/${dataset}.${format}${query}`,
  openApi: () => "/api/v1/openapi.json",
  dcatCatalogue: (query = "") => `/api/v1/dcat.rdf${query}`,
  followUps: (m: string) => `/${m}/uppfoljning`,
  followUpReport: (m: string, period: string) => `/${m}/uppfoljning/${period}`,
  followUpReportCsv: (m: string, period: string) => `/${m}/uppfoljning/${period}/rapport.csv`,
  followUpFeed: (m: string) => `/${m}/uppfoljning/flode.xml`,
  goalBrief: (m: string, d: string, g: string) => `/${m}/dokument/${d}/mal/${g}/underlag`,
  areaBrief: (m: string, d: string, a: string) => `/${m}/dokument/${d}/omrade/${a}/underlag`,
  /** What changed on a goal's page since a date ("YYYY-MM-DD"); without it, the form to choose one. */
  goalFeed: (m: string, d: string, g: string) => `/${m}/dokument/${d}/mal/${g}/flode.atom`,
  goalChanges: (m: string, d: string, g: string, since?: string) => `/${m}/dokument/${d}/mal/${g}/andringar${since ? `?sedan=${since}` : ""}`,
} as const;
