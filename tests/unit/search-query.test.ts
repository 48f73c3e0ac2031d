import { describe, expect, it } from "vitest";
import { searchWords, toTsquery, wordForms } from "@/lib/search/tsquery";
import { parseMarked } from "@/lib/search/marked";
import { toCsv } from "@/lib/open-data/csv";

describe("searchWords and toTsquery", () => {
  it("keep only letters and digits, so tsquery and SQL syntax cannot get through", () => {
    expect(searchWords(`barn & | ! ( ) : * ' " våld`)).toEqual(["barn", "våld"]);
    expect(searchWords("'); DROP TABLE x; --")).toEqual(["drop", "table", "x"]);
    expect(searchWords("&|!():*'\"")).toEqual([]);
    expect(toTsquery([])).toBeNull();
  });

  it("lower-case, drop repeats and limit the number and length of words", () => {
    expect(searchWords("Barn BARN barn Ökad")).toEqual(["barn", "ökad"]);
    expect(searchWords("a b c d e f g h i j")).toHaveLength(8);
    expect(searchWords("x".repeat(500))[0]).toHaveLength(60);
  });

  it("try definite forms the stemmer leaves alone without their ending", () => {
    expect(wordForms("våldet")).toEqual(["våldet", "våld"]);
    expect(wordForms("hälsan")).toEqual(["hälsan", "hälsa"]);
    expect(wordForms("barn")).toEqual(["barn"]);
    expect(wordForms("et")).toEqual(["et"]);
  });

  it("require every word and let the last one be the start of a word", () => {
    expect(toTsquery(["våldet", "barn"])).toBe("(våldet | våld) & (barn:*)");
    expect(toTsquery(["hälsan"])).toBe("(hälsan:* | hälsa:*)");
  });
});

describe("parseMarked", () => {
  it("splits ts_headline's markers into plain and matched parts, never into markup", () => {
    expect(parseMarked("Alla \u0001barn\u0002 ska <b>ha</b> en")).toEqual([
      { text: "Alla ", hit: false },
      { text: "barn", hit: true },
      { text: " ska <b>ha</b> en", hit: false },
    ]);
  });

  it("drops Markdown syntax, also a link cut off by the snippet, and stray markers", () => {
    expect(parseMarked("**Trygg** uppväxt. Läs [här](https://example.org")).toEqual([{ text: "Trygg uppväxt. Läs här", hit: false }]);
    expect(parseMarked("## Rubrik\n- punkt \u0002")).toEqual([{ text: "Rubrik punkt", hit: false }]);
  });
});

describe("toCsv", () => {
  it("writes RFC 4180: header, CRLF, quotes only where needed, lists joined with ';', null as empty", () => {
    const csv = toCsv(
      ["id", "title", "agenda2030", "text"],
      [
        { id: 1, title: 'Ett "citat", med komma', agenda2030: [3, 16], text: null },
        { id: 2, title: "Rad\nbrytning", agenda2030: [], text: "ok" },
      ],
    );
    expect(csv).toBe('id,title,agenda2030,text\r\n1,"Ett ""citat"", med komma",3;16,\r\n2,"Rad\nbrytning",,ok\r\n');
  });
});
