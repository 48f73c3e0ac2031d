import type { Crumb } from "@/lib/paths";

/** The one place that builds admin URLs. Records are addressed by id: stable while titles and slugs change. */
export const adminPaths = {
  home: () => "/admin",
  twoFactor: () => "/admin/tvastegsverifiering",
  platform: () => "/admin/plattform",
  municipality: (m: string) => `/admin/${m}`,
  document: (m: string, id: number) => `/admin/${m}/dokument/${id}`,
  newDocument: (m: string) => `/admin/${m}/dokument/ny`,
  wordImport: (m: string) => `/admin/${m}/dokument/fran-word`,
  area: (m: string, id: number) => `/admin/${m}/omrade/${id}`,
  newArea: (m: string, documentId: number) => `/admin/${m}/dokument/${documentId}/nytt-omrade`,
  goal: (m: string, id: number) => `/admin/${m}/mal/${id}`,
  newGoal: (m: string, areaId: number) => `/admin/${m}/omrade/${areaId}/nytt-mal`,
  action: (m: string, id: number) => `/admin/${m}/atgard/${id}`,
  newAction: (m: string, areaId: number) => `/admin/${m}/omrade/${areaId}/ny-atgard`,
  section: (m: string, id: number) => `/admin/${m}/avsnitt/${id}`,
  newSection: (m: string, documentId: number) => `/admin/${m}/dokument/${documentId}/nytt-avsnitt`,
  preview: (m: string, type: string, id: number) => `/admin/${m}/forhandsgranska/${type}/${id}`,
  history: (m: string, type: string, id: number) => `/admin/${m}/historik/${type}/${id}`,
  users: (m: string) => `/admin/${m}/anvandare`,
  auditLog: (m: string) => `/admin/${m}/logg`,
  contentDownload: (m: string) => `/admin/${m}/innehall.zip`,
  auditLogCsv: (m: string) => `/admin/${m}/logg/logg.csv`,
  /** A kind of the municipality's own items (lib/municipal-items), by its segment: "natverk", "personer"… */
  content: (m: string, kind: string) => `/admin/${m}/innehall/${kind}`,
  newContent: (m: string, kind: string) => `/admin/${m}/innehall/${kind}/ny`,
  contentItem: (m: string, kind: string, id: number) => `/admin/${m}/innehall/${kind}/${id}`,
  settings: (m: string) => `/admin/${m}/installningar`,
  followUp: (m: string) => `/admin/${m}/uppfoljning`,
  period: (m: string, id: number) => `/admin/${m}/uppfoljning/${id}`,
  periodActions: (m: string, periodId: number, documentId: number) => `/admin/${m}/uppfoljning/${periodId}/atgarder/${documentId}`,
  periodGoals: (m: string, periodId: number, documentId: number) => `/admin/${m}/uppfoljning/${periodId}/mal/${documentId}`,
  indicators: (m: string) => `/admin/${m}/indikatorer`,
  newIndicator: (m: string) => `/admin/${m}/indikatorer/ny`,
  indicator: (m: string, id: number) => `/admin/${m}/indikatorer/${id}`,
  koladaImport: (m: string) => `/admin/${m}/indikatorer/kolada`,
} as const;

/** The admin trail above a goal or an action, or a new one: its document, then its area. */
export const areaPartTrail = (m: string, document: { id: number; title: string }, area: { id: number; title: string }): Crumb[] => [
  { href: adminPaths.document(m, document.id), label: document.title, lang: "sv" },
  { href: adminPaths.area(m, area.id), label: area.title, lang: "sv" },
];
