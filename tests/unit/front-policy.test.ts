import { describe, expect, it } from "vitest";
import { frontHeaders, FRONT_SECONDS } from "@/lib/front/policy";
import { cacheTags } from "@/lib/cache-tags";

describe("the caching front's headers for search (docs/decisions/070, 125)", () => {
  it("lets the front keep a search under the public-data key, which every publish purges", () => {
    const headers = frontHeaders("/sok");
    expect(headers?.xkey?.split(" ")).toContain(cacheTags.publicData());
    expect(headers?.["Surrogate-Control"]).toBe(`max-age=${FRONT_SECONDS}`);
    expect(headers?.["Cache-Control"]).toMatch(/^public, max-age=0, s-maxage=\d+$/);
  });
});
