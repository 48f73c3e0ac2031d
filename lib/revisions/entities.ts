/** Every kind of record that is edited in the admin area and keeps a revision history, with its table. */
export const entityTables = {
  municipality: "Municipality",
  document: "Document",
  section: "DocumentSection",
  area: "Area",
  goal: "Goal",
  action: "Action",
  organisation: "Organisation",
  network: "Network",
  goodExample: "GoodExample",
  knowledgePage: "KnowledgePage",
  dialogue: "CitizenDialogue",
  group: "PersonGroup",
  processMap: "ProcessMap",
  situation: "SituationAnalysis",
  indicator: "Indicator",
  period: "FollowUpPeriod",
  actionFollowUp: "ActionFollowUp",
  goalAssessment: "GoalAssessment",
  user: "User",
} as const;

export type EntityType = keyof typeof entityTables;

export const isEntityType = (value: string): value is EntityType => Object.hasOwn(entityTables, value);

/** A record as the write path sees it: what it is, and the municipality every permission is checked in. */
export type EntityRef = { type: EntityType; id: number; municipalityId: number };

/** A record's editable fields as plain JSON: what a revision stores and a restore writes back. */
export type Snapshot = Record<string, unknown>;
