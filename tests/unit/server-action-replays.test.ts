import { describe, expect, it } from "vitest";
import { adminReplays } from "../e2e/admin/replays";
import { indicatorReplays, periodReplays } from "../e2e/followup/replays";
import { serverActionsInCode } from "../e2e/support/server-actions";

describe("the e2e replay of server actions as the wrong users", () => {
  it("has a case for every server action in app/, and none for an action that no longer exists", () => {
    const inCode = serverActionsInCode();
    expect(inCode.length).toBeGreaterThan(20);
    const replayed = Object.keys({ ...adminReplays, ...indicatorReplays, ...periodReplays });
    expect({ missing: inCode.filter((a) => !replayed.includes(a)), unknown: replayed.filter((a) => !inCode.includes(a as never)) }).toEqual({
      missing: [],
      unknown: [],
    });
  });
});
