import { describe, expect, it } from "vitest";
import { cacheTags, tagsForPath } from "@/lib/cache-tags";

describe("tagsForPath", () => {
  it.each(["__proto__", "constructor", "valueOf", "toString", "hasOwnProperty"])("treats %s as any other slug, in either position", (name) => {
    expect(tagsForPath(`/${name}/agenda-2030`)).toContain(cacheTags.municipality(name));
    expect(tagsForPath(`/sodertalje/${name}`)).toEqual([
      cacheTags.municipality("sodertalje"),
      cacheTags.followUp("sodertalje"),
      cacheTags.page("/sodertalje"),
      cacheTags.page(`/sodertalje/${name}`),
    ]);
  });
});
