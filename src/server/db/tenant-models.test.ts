import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TENANT_MODELS } from "./tenant";

// A model with a `practiceId` is practice data unless someone decided otherwise, here, with the
// reason. Adding one to the schema without adding it to TENANT_MODELS (or to this list) fails.
const NOT_PRACTICE_DATA: Record<string, string> = {
  StripeEvent:
    "the record of Stripe events handled, keyed by Stripe's id; kept (without a foreign key) after a practice is deleted, and read only outside any practice's request",
  DataExport:
    "a requested archive, reached only by its requester (src/modules/data-export/server/data-export.system.repo.ts); a person's own archive belongs to no practice",
};

function modelsWithPracticeId(schema: string): string[] {
  return Array.from(schema.matchAll(/^model (\w+) \{\n([\s\S]*?)^\}/gm))
    .filter(([, , body]) => /^\s+practiceId\s/m.test(body!))
    .map(([, name]) => name!);
}

describe("TENANT_MODELS", () => {
  const schema = readFileSync(path.join(process.cwd(), "prisma/schema.prisma"), "utf8");
  const withPracticeId = modelsWithPracticeId(schema);

  it("is every model that carries a practiceId, except those named as not practice data", () => {
    const expected = withPracticeId.filter((model) => !Object.hasOwn(NOT_PRACTICE_DATA, model));
    expect([...TENANT_MODELS].sort()).toEqual(expected.sort());
  });

  it("names only exceptions that still carry a practiceId", () => {
    expect(Object.keys(NOT_PRACTICE_DATA).filter((model) => !withPracticeId.includes(model))).toEqual([]);
    // The parser itself: it finds the models it must.
    expect(withPracticeId).toEqual(expect.arrayContaining(["Membership", "EmailMessage", "StripeEvent"]));
  });
});
