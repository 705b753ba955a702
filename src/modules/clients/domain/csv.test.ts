import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";

const records = (text: string) => {
  const result = parseCsv(text);
  if (!result.ok) throw new Error(result.problem);
  return result.records;
};

describe("parseCsv", () => {
  it("splits records on LF and CRLF and fields on commas, keeping empty fields", () => {
    expect(records("name,email\r\nAda,ada@example.com\nBen,,x\n")).toEqual([
      ["name", "email"],
      ["Ada", "ada@example.com"],
      ["Ben", "", "x"],
    ]);
  });

  it("reads quoted fields with commas, line breaks and doubled quotes", () => {
    expect(records('name,note\n"Lee, Ada","Said ""hi""\r\nthen left"\n"",x')).toEqual([
      ["name", "note"],
      ["Lee, Ada", 'Said "hi"\r\nthen left'],
      ["", "x"],
    ]);
  });

  it("drops a byte-order mark and blank lines, but keeps a row of empty cells", () => {
    expect(records("\uFEFFname\n\n\r\nAda\n,\n")).toEqual([["name"], ["Ada"], ["", ""]]);
  });

  it("reads a last record without a line break, and nothing from an empty text", () => {
    expect(records("a,b\nc,d")).toEqual([
      ["a", "b"],
      ["c", "d"],
    ]);
    expect(records("")).toEqual([]);
    expect(records("\uFEFF")).toEqual([]);
  });

  it("refuses an unclosed quote, naming the line it opened on", () => {
    expect(parseCsv('name\nAda\n"Ben\nstill open')).toEqual({
      ok: false,
      problem: 'Line 3: a quoted field is never closed. Check for a missing ".',
    });
  });

  it("refuses text after a closing quote and a stray quote inside a field", () => {
    expect(parseCsv('"Ada"x,b')).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^Line 1: a quoted field/),
    });
    expect(parseCsv('a\nAd"a')).toMatchObject({ ok: false, problem: expect.stringMatching(/^Line 2: a quote inside/) });
  });

  it("stops one record past the limit", () => {
    const result = parseCsv("h\n1\n2\n3\n4\n5\n", 2);
    expect(result).toEqual({ ok: true, records: [["h"], ["1"], ["2"]] });
  });
});
