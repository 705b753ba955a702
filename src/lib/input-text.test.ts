import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { textFieldsOf } from "../../e2e/security/input-fields";
import { emailAddressSchema } from "./email-address";
import {
  calendarDateInput,
  instantInput,
  isInstantInInputRange,
  multiLineText,
  singleLineText,
  UNSTORABLE_TEXT_MESSAGE,
} from "./input-text";
import { slugSchema } from "./slug";
import { timeZoneSchema } from "./time-zones";

const C0 = Array.from({ length: 0x20 }, (_, code) => String.fromCharCode(code));
const LINE_BREAKS_AND_TAB = ["\t", "\n", "\r"];
const LONE_SURROGATES = ["\ud800", "a\udbffb", "\udc00", "a\udfffb", "\udc00\ud800"];

const refusal = (schema: z.ZodType, value: string) => {
  const result = z.object({ text: schema }).safeParse({ text: value });
  return result.success ? null : result.error.issues[0];
};

describe("singleLineText", () => {
  const schema = singleLineText().trim().max(20);

  it.each(C0.map((char) => [char.charCodeAt(0), char]))("refuses U+%s inside text", (_, char) => {
    expect(refusal(schema, `ab${char}cd`)).toMatchObject({ path: ["text"], message: UNSTORABLE_TEXT_MESSAGE });
  });

  it.each(LONE_SURROGATES)("refuses a lone surrogate (%j)", (value) => {
    expect(refusal(schema, value)?.message).toBe(UNSTORABLE_TEXT_MESSAGE);
  });

  it("keeps what people type: accents, other scripts, emoji (a whole surrogate pair), DEL-free punctuation", () => {
    for (const value of ["Zoë O'Brien-Núñez", "李小龍", "Ada 👩🏽‍💻", "≠ · — “quotes”"]) {
      expect(refusal(schema, value)).toBeNull();
    }
  });

  it("sees the value before trimming, so an edge tab is refused rather than cut off", () => {
    expect(refusal(schema, "Ada\t")?.message).toBe(UNSTORABLE_TEXT_MESSAGE);
    expect(schema.parse("  Ada  ")).toBe("Ada");
  });

  it("keeps the field's own limits and their messages", () => {
    expect(refusal(singleLineText().max(3, "Too long."), "abcd")?.message).toBe("Too long.");
    expect(refusal(singleLineText({ error: "Choose one." }), 42 as unknown as string)?.message).toBe("Choose one.");
  });
});

describe("multiLineText", () => {
  it.each(LINE_BREAKS_AND_TAB)("keeps %j", (char) => {
    expect(refusal(multiLineText(), `first${char}second`)).toBeNull();
  });

  it.each(C0.filter((char) => !LINE_BREAKS_AND_TAB.includes(char)).map((char) => [char.charCodeAt(0), char]))(
    "refuses U+%s",
    (_, char) => {
      expect(refusal(multiLineText(), `first${char}second`)?.message).toBe(UNSTORABLE_TEXT_MESSAGE);
    },
  );

  it.each(LONE_SURROGATES)("refuses a lone surrogate (%j)", (value) => {
    expect(refusal(multiLineText(), value)?.message).toBe(UNSTORABLE_TEXT_MESSAGE);
  });
});

describe("calendarDateInput", () => {
  it.each(["2000-01-01", "2024-02-29", "2026-12-01", "2100-12-31", " 2026-12-01 "])("accepts %j", (value) => {
    expect(refusal(calendarDateInput, value)).toBeNull();
  });

  it.each([
    ["0000-01-01", "Use a date between 2000 and 2100."],
    ["0001-01-01", "Use a date between 2000 and 2100."],
    ["1999-12-31", "Use a date between 2000 and 2100."],
    ["2101-01-01", "Use a date between 2000 and 2100."],
    ["9999-12-31", "Use a date between 2000 and 2100."],
    ["2026-02-30", "Use a real date in the form YYYY-MM-DD."],
    ["2025-02-29", "Use a real date in the form YYYY-MM-DD."],
    ["2026-13-45", "Use a real date in the form YYYY-MM-DD."],
    ["2026-12-01T00:00:00Z", "Use a real date in the form YYYY-MM-DD."],
    ["NaN", "Use a real date in the form YYYY-MM-DD."],
    ["2026-12-01\u0000", "Use a real date in the form YYYY-MM-DD."],
  ])("refuses %j with one message", (value, message) => {
    const result = calendarDateInput.safeParse(value);
    expect(result.error?.issues.map((issue) => issue.message)).toEqual([message]);
  });
});

describe("instantInput", () => {
  it.each(["2026-12-01T15:00:00Z", "2026-12-01T15:00:00.000Z", "2026-12-01T10:00:00-05:00", "2000-01-01T00:00:00Z"])(
    "accepts %j as given",
    (value) => {
      expect(instantInput.parse(value)).toBe(value);
    },
  );

  it.each([
    "0000-01-01T00:00:00Z",
    "0001-01-01T00:00:00Z",
    "9999-12-31T23:59:59.999Z",
    "1999-12-31T23:59:59Z",
    // 2101 in UTC although the wall clock still says 2100.
    "2100-12-31T23:30:00-01:00",
  ])("refuses %j as out of range", (value) => {
    expect(instantInput.safeParse(value).error?.issues.map((issue) => issue.message)).toEqual([
      "Use a date between 2000 and 2100.",
    ]);
  });

  it.each(["NaN", "2026-13-45T00:00:00Z", "2026-02-30T10:00:00Z", "2026-12-01", "2026-12-01T15:00:00"])(
    "refuses %j as not an instant",
    (value) => {
      expect(instantInput.safeParse(value).error?.issues.map((issue) => issue.message)).toEqual([
        "Use an ISO-8601 instant such as 2026-12-01T15:00:00Z.",
      ]);
    },
  );

  it("bounds epoch milliseconds the same way", () => {
    expect(isInstantInInputRange(Date.parse("2026-12-01T00:00:00Z"))).toBe(true);
    for (const ms of [NaN, Infinity, -Infinity, Date.parse("1999-12-31T23:59:59.999Z"), Date.UTC(2101, 0, 1)]) {
      expect(isInstantInInputRange(ms)).toBe(false);
    }
  });
});

// The guard that makes "every input uses them" hold: any text field of any module's input schema
// (including ones added later) that lets a NUL byte or a lone surrogate through fails here.
function zodExports(prefix: string, exports: Record<string, unknown>): Array<[string, z.ZodType]> {
  return Object.entries(exports).flatMap(([key, value]): Array<[string, z.ZodType]> =>
    value instanceof z.ZodType ? [[`${prefix}.${key}`, value]] : [],
  );
}

const modulesDir = path.resolve(import.meta.dirname, "../modules");
const modulesWithSchemas = readdirSync(modulesDir).filter((name) =>
  readdirSync(path.join(modulesDir, name)).includes("schemas.ts"),
);
const inputSchemas = [
  ...zodExports("lib", { emailAddressSchema, slugSchema, timeZoneSchema, calendarDateInput, instantInput }),
  ...(
    await Promise.all(
      modulesWithSchemas.map(async (name) => zodExports(name, await import(`../modules/${name}/schemas.ts`))),
    )
  ).flat(),
];

describe("every text field of every module's input schemas", () => {
  it("finds them", () => {
    expect(modulesWithSchemas.length).toBeGreaterThanOrEqual(11);
    expect(inputSchemas.length).toBeGreaterThan(50);
  });

  it.each(["a\u0000b", "a\u001bb", "a\ud800b", "a\udc00b"])("refuses %j", (hostile) => {
    const accepted = inputSchemas.flatMap(([name, schema]) =>
      textFieldsOf(schema)
        .filter(({ field }) => (field as z.ZodType).safeParse(hostile).success)
        .map(({ path: at }) => [name, ...at].join(".")),
    );
    expect(accepted).toEqual([]);
  });
});
