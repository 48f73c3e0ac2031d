import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { search } from "@/lib/search/queries";
import { resetDatabase } from "../support/database";
import { seedFindability } from "../factories/findability";

beforeAll(async () => {
  await resetDatabase();
  await seedFindability(db);
});

// Sequential queries take the pool's most recently released connection, so the search and the look-up
// below share a session, and with it the session's prepared statements. (The word is split so that the
// look-up, itself a prepared read, does not find its own text.)
const preparedSearches = async () =>
  (await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM pg_prepared_statements WHERE strpos(statement, 'ts_' || 'headline') > 0`)[0]!.n;

describe("prepared reads (docs/decisions/020, 125)", () => {
  it("prepares search's statement by name, so PostgreSQL can keep its plan instead of planning every search", async () => {
    await search({ q: "barn" });
    await search({ q: "skola" });
    expect(await preparedSearches()).toBe(1);
  });
});
