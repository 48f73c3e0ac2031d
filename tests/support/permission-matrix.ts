import { describe, expect, it } from "vitest";
import { AppError, type ErrorCode } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/types";
import type { EntityType } from "@/lib/revisions/entities";
import { recordKinds } from "@/lib/records/kinds";
import { createMunicipalContent } from "../factories/municipal";
import { createPlan } from "../factories/plan";
import { disabledUsersSession, operatorUser, userWithRole } from "../factories/users";
import { resetDatabase } from "./database";
import { changedRows, snapshotDatabase } from "./snapshot";

/**
 * The permission matrix of one write command (issue 15): the command is tried by each actor below on a
 * fresh database, with input valid in every respect but the permission, and the test checks the answer
 * and, after a refusal, that not one row of any table changed (records, revisions, audit log).
 */
export const actors = ["admin", "editor", "areaEditor", "otherAreaEditor", "reviewer", "otherAdmin", "disabled", "operator"] as const;
export type ActorName = (typeof actors)[number];

/** "allowed", or the error code the command answers with. */
export type Outcome = "allowed" | ErrorCode;
/**
 * A platform operator (docs/decisions/100) has no role in any municipality: refused (FORBIDDEN) unless a
 * table says otherwise, like another municipality's administrator.
 */
export type Expected = Record<Exclude<ActorName, "operator">, Outcome> & { operator?: Outcome };

/** Two municipalities: ours (createMunicipalContent: a strategy, a plan, items) and another's plan. */
export type World = Awaited<ReturnType<typeof createWorld>>;
const createWorld = async () => ({ ...(await createMunicipalContent()), other: await createPlan() });

const outsiders = { otherAdmin: "FORBIDDEN", disabled: "UNAUTHENTICATED" } as const;
/** Content inside an area: administrators, editors of the whole municipality and of that area. */
export const areaContent: Expected = {
  admin: "allowed",
  editor: "allowed",
  areaEditor: "allowed",
  otherAreaEditor: "FORBIDDEN",
  reviewer: "FORBIDDEN",
  ...outsiders,
};
/** Content of the whole municipality: editors limited to areas may not touch it. */
export const municipalityContent: Expected = { ...areaContent, areaEditor: "FORBIDDEN" };
/** Users, periods, settings: administrators only. */
export const administration: Expected = { ...municipalityContent, editor: "FORBIDDEN" };
/** The platform itself (creating municipalities, naming operators): operators only, no municipality's administrator. */
export const platformOperation: Expected = { ...administration, admin: "FORBIDDEN", operator: "allowed" };

/** The internal message of assertCan's refusal: a FORBIDDEN from any other check does not count. */
const PERMISSION_REFUSAL = /^forbidden: ((view|edit|publish|administer|operate) on municipality \d+|operate on platform)/;

async function signIn(actor: ActorName, world: World, [area, otherArea]: [number, number]): Promise<SessionUser | null> {
  const m = world.municipality.id;
  switch (actor) {
    case "admin":
      return userWithRole(m, "ADMIN");
    case "editor":
      return userWithRole(m, "EDITOR");
    case "areaEditor":
      return userWithRole(m, "EDITOR", [area]);
    case "otherAreaEditor":
      return userWithRole(m, "EDITOR", [otherArea]);
    case "reviewer":
      return userWithRole(m, "REVIEWER");
    case "otherAdmin":
      return userWithRole(world.other.municipality.id, "ADMIN");
    case "disabled":
      return disabledUsersSession(m);
    case "operator":
      return operatorUser();
  }
}

const described = (error: unknown) => (error instanceof AppError ? `${error.code}: ${error.message}` : String(error));

export type MatrixTable<S> = {
  /** Builds what the command needs (by factories or by other commands as an administrator). */
  arrange: (world: World) => Promise<S>;
  /** The command as a server action calls it. `user` is null for the disabled person. */
  act: (user: SessionUser, state: S, world: World) => Promise<unknown>;
  expected: Expected;
  /** The record's area and another area of the same document, for the limited editors (default: the strategy's two). */
  areas?: (world: World, state: S) => [number, number];
  /** The table an allowed write changes (besides the audit log). */
  writes: string;
};

export function permissionMatrix<S>(name: string, table: MatrixTable<S>) {
  describe(name, () => {
    it.each(actors)("%s", async (actor) => {
      await resetDatabase();
      const world = await createWorld();
      const state = await table.arrange(world);
      const user = await signIn(actor, world, table.areas?.(world, state) ?? [world.areas[0]!.id, world.areas[1]!.id]);
      if (actor === "disabled") expect(user).toBeNull();
      const before = await snapshotDatabase();
      const error = await table.act(user as SessionUser, state, world).then(
        () => null,
        (e: unknown) => e,
      );
      const changes = changedRows(before, await snapshotDatabase());
      const expected = table.expected[actor] ?? "FORBIDDEN";
      if (expected === "allowed") {
        expect(error && described(error)).toBeNull();
        expect(Object.keys(changes)).toEqual(expect.arrayContaining([table.writes, "AuditEvent"]));
        return;
      }
      expect(described(error)).toMatch(new RegExp(`^${expected}: `));
      if (expected === "FORBIDDEN") expect((error as AppError).message).toMatch(PERMISSION_REFUSAL);
      expect(changes).toEqual({});
    });
  });
}

/**
 * A record's edit form as its page would post it: the fields as its loader snapshots them (the shape
 * a restore sends too, empty ones left out), its id and version, without status and place (changed by their own commands).
 */
export async function editForm(
  type: EntityType,
  id: number,
  changes: Record<string, unknown> = {},
): Promise<Record<string, unknown> & { id: number; version: number }> {
  const loaded = await recordKinds[type]!.load(id);
  if (!loaded) throw new Error(`no ${type} ${id}`);
  const { status: _status, place: _place, ...fields } = loaded.snapshot as Record<string, unknown>;
  // An empty field is not posted at all; the loader has it as null.
  const posted = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null));
  return { ...posted, id, version: loaded.version, ...changes };
}
