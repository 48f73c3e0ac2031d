import type { z } from "zod";
import { notFound, parseInput, unauthenticated } from "@/lib/errors";
import type { SessionUser } from "@/lib/auth/types";

/**
 * A write command in four steps that always run in this order: the input is validated (`schema`), what
 * the command acts on is read (`load`, no writes), the user's permission is checked against it
 * (`authorize`, mandatory: a command without it does not compile), and only then is anything written
 * (`write`, through `saveChange`/`saveBatch`/`createWithRevision` or its own transaction).
 */
export type CommandSpec<Schema extends z.ZodType, Loaded, Result, Extra extends unknown[], User> = {
  schema: Schema;
  /** Reads the records the command acts on; throws not-found. Must not write. */
  load?: (data: z.output<Schema>) => Promise<Loaded>;
  /** Throws (forbidden, or the refusal the command gives) unless the user may do this to what was loaded. */
  authorize: (user: User, loaded: Loaded, data: z.output<Schema>) => void | Promise<void>;
  /**
   * Validation that needs the database, then the write. Extra arguments are the caller's, after the input.
   * The user is signed in by now: a command open to a missing user (server actions pass null) refuses it.
   */
  write: (command: { user: NonNullable<User>; loaded: Loaded; data: z.output<Schema> }, ...extra: Extra) => Promise<Result>;
};

export function defineCommand<
  Schema extends z.ZodType,
  Result,
  Extra extends unknown[] = [],
  Loaded = undefined,
  User extends SessionUser | null = SessionUser,
>(spec: CommandSpec<Schema, Loaded, Result, Extra, User>): (user: User, input: unknown, ...extra: Extra) => Promise<Result> {
  return async (user, input, ...extra) => {
    const data = parseInput(spec.schema, input);
    const loaded = (spec.load ? await spec.load(data) : undefined) as Loaded;
    await spec.authorize(user, loaded, data);
    if (user === null) throw unauthenticated();
    return spec.write({ user: user as NonNullable<User>, loaded, data }, ...extra);
  };
}

/** A `load` step's lookup: the record, or not-found naming it. */
export async function orNotFound<T>(lookup: Promise<T | null>, what: string): Promise<T> {
  const found = await lookup;
  if (found === null) throw notFound(what);
  return found;
}
