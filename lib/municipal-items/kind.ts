import type { z } from "zod";
import type { FieldSpec, Option } from "@/lib/admin/fields";
import type { MessageKey } from "@/lib/i18n/message";
import type { EntityType, Snapshot } from "@/lib/revisions/entities";
import type { Tx } from "@/lib/revisions/save";

/** The Prisma models of a municipality's own items. */
export type ItemModel = "network" | "goodExample" | "knowledgePage" | "citizenDialogue" | "personGroup" | "processMap" | "situationAnalysis" | "organisation";
export type ItemType = Extract<EntityType, "network" | "goodExample" | "knowledgePage" | "dialogue" | "group" | "processMap" | "situation" | "organisation">;

export type Row = Record<string, unknown>;

/** Choices the item forms offer, all within one municipality. */
export type ItemOptions = { documents: Option[]; publicHealth: Option[] };
export const noItemOptions: ItemOptions = { documents: [], publicHealth: [] };

/**
 * One kind of item that belongs to a municipality rather than to a document (networks, good examples,
 * knowledge pages, dialogues, groups, process maps, situation analyses, organisations), described once:
 * lib/municipal-items turns the description into its load, create, update and move commands, its forms
 * and its admin pages. Snapshots use the content file's shape, so a restore is an ordinary update.
 */
export type ItemKind<Data = Row> = {
  type: ItemType;
  model: ItemModel;
  /** The admin address of the kind's list: /admin/<m>/innehall/<segment>. */
  segment: string;
  /** The fields as forms and the API send them: the content file's rules (lib/content/schema.ts). */
  schema: z.ZodObject;
  /** Columns stored as validated; the snapshot names them the same. */
  columns: readonly string[];
  /** Columns holding a content code as a database enum: "committee" ↔ COMMITTEE. */
  enumColumns?: readonly string[];
  /** A nested list stored in its own table, edited and kept in the snapshot as part of the item. */
  nested?: {
    keys: readonly string[];
    /** The Prisma select of the stored rows. */
    select: Row;
    /** Stored rows → the snapshot's part, in the content file's shape. */
    read(row: Row): Snapshot;
    /** Replaces the stored rows with the validated input's. */
    write(tx: Tx, id: number, data: Data): Promise<void>;
  };
  /**
   * Items with an address: how it is derived from the fields, which form field answers for it, and
   * what that field says when another item of the municipality has it. With a `slug` form field the
   * address is one of the item's fields and changes only when the user changes it; without one it
   * always follows the fields and is no part of the snapshot.
   */
  slug?: { of(data: Data): string; field: string; taken: MessageKey };
  /** Where the public sees an item; `own` when it is a page of its own, so a renamed one leaves a redirect. */
  publicPage?: { path(m: string, snapshot: Snapshot): string; own?: boolean };
  /** Other columns no two items of a municipality may share, with the message their field gets. */
  unique?: { column: string; message: MessageKey }[];
  /** Kept in an order the coordinators choose (moved up and down), rather than `orderBy`. */
  positioned: boolean;
  /** Drafts, published and archived; kinds without a status are public as soon as they exist. */
  hasStatus: boolean;
  orderBy?: Row;
  form(options: ItemOptions): FieldSpec[];
  /** How the item is named in lists and histories: its own words (a title, a name), never the interface's. */
  title(snapshot: Snapshot, options: ItemOptions): string;
};

export const editableSlug = (kind: ItemKind) => kind.slug?.field === "slug";

const slugTaken: MessageKey = "admin.validation.slugTakenInMunicipality";

/** What the listed kinds with an address of their own share: a chosen order, drafts and publishing. */
export const listed = <Data>(slugOf: (data: Data) => string) => ({
  slug: { of: slugOf, field: "slug", taken: slugTaken },
  positioned: true,
  hasStatus: true,
});

/** A kind's description with its fields typed by its schema; stored as the untyped `ItemKind`. */
export const defineItemKind = <S extends z.ZodObject>(kind: ItemKind<z.output<S>> & { schema: S }) => kind as ItemKind;

/**
 * Plain JSON with absent values left out and object keys sorted, so the same content read from the
 * database and from a form compares equal, and an old snapshot reads as form input.
 */
export function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(compact);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((key) => (value as Row)[key] !== null && (value as Row)[key] !== undefined)
      .map((key) => [key, compact((value as Row)[key])]),
  );
}

export const pick = (row: Row, keys: readonly string[]) => Object.fromEntries(keys.map((key) => [key, row[key]]));
