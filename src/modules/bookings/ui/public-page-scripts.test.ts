import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The public pages' first-load JavaScript is held within 10% of an empty App Router page (npm run bench, page weight).
// What broke that before was one static import: a month grid reaching time-zones.ts brought zod and the zone data into
// the page's scripts. So every module the public pages' client components load up front is walked here; the heavy
// modules may only arrive through import(), when a visitor asks for them.

const SRC = path.resolve(import.meta.dirname, "../../..");
const BOOKING_UI = path.join(SRC, "modules/bookings/ui");
const HEAVY = [
  "zod",
  "lib/time-zones.ts",
  "lib/zone-data.ts",
  "lib/zone-search.ts",
  "components/ui/time-zone-select.tsx",
];

const startsWith = (directive: string) => (file: string) =>
  readFileSync(file, "utf8").trimStart().startsWith(`"${directive}"`);
const isClientComponent = startsWith("use client");
// A client component gets a reference to a Server Action, never the module behind it.
const isServerActions = startsWith("use server");
const publicClientComponents = [
  ...readdirSync(BOOKING_UI)
    .filter((name) => /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name))
    .map((name) => path.join(BOOKING_UI, name)),
  path.join(SRC, "app/(auth)/signin/sign-in-form.tsx"),
].filter(isClientComponent);

/** Where a module specifier leads: a file under src, or the package's name. */
function resolveSpecifier(specifier: string, from: string): string {
  if (!specifier.startsWith(".") && !specifier.startsWith("~/")) return specifier;
  const base = specifier.startsWith("~/")
    ? path.join(SRC, specifier.slice(2))
    : path.resolve(path.dirname(from), specifier);
  const file = ["", ".ts", ".tsx", "/index.ts", "/index.tsx"].map((ending) => base + ending).find(existsSync);
  if (!file) throw new Error(`${path.relative(SRC, from)} imports ${specifier}, which is not a file here`);
  return file;
}

/** The modules a file loads when it loads: value imports and re-exports, not `import type` nor `import()`. */
function staticImports(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, false);
  const specifiers: string[] = [];
  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement)) {
      const clause = statement.importClause;
      const bindings = clause?.namedBindings;
      const typesOnly =
        clause?.isTypeOnly ||
        (clause &&
          !clause.name &&
          bindings &&
          ts.isNamedImports(bindings) &&
          bindings.elements.every((e) => e.isTypeOnly));
      if (!typesOnly) specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(statement) && statement.moduleSpecifier && !statement.isTypeOnly) {
      specifiers.push((statement.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return specifiers.map((specifier) => resolveSpecifier(specifier, file));
}

/** Every module `root` loads, each with the chain of imports that reaches it. */
function importChains(root: string): Map<string, string[]> {
  const chains = new Map<string, string[]>([[root, [root]]]);
  const queue = [root];
  for (let file = queue.shift(); file; file = queue.shift()) {
    if (!path.isAbsolute(file) || isServerActions(file)) continue;
    for (const next of staticImports(file)) {
      if (chains.has(next)) continue;
      chains.set(next, [...chains.get(file)!, next]);
      queue.push(next);
    }
  }
  return chains;
}

const heavyReached = (root: string) =>
  [...importChains(root)]
    .filter(([module]) => HEAVY.some((heavy) => module === heavy || module === path.join(SRC, heavy)))
    .map(([, chain]) =>
      chain.map((module) => (path.isAbsolute(module) ? path.relative(SRC, module) : module)).join(" → "),
    );

describe("what the public pages' scripts load up front", () => {
  it("finds the client components it guards", () => {
    const names = publicClientComponents.map((file) => path.basename(file));
    expect(names).toEqual(
      expect.arrayContaining(["month-calendar.tsx", "lazy-time-zone-select.tsx", "sign-in-form.tsx"]),
    );
  });

  it.each(publicClientComponents.map((file) => [path.relative(SRC, file), file]))(
    "%s reaches neither zod, the zone rules nor the zone search",
    (_name, file) => {
      expect(heavyReached(file)).toEqual([]);
    },
  );

  it("local-dates.ts, the calendar arithmetic client components use, stays free of them too", () => {
    expect(heavyReached(path.join(SRC, "lib/local-dates.ts"))).toEqual([]);
  });

  it("sees an import that would bring them in", () => {
    expect(heavyReached(path.join(BOOKING_UI, "time-zone-picker.tsx"))).toContainEqual(
      "modules/bookings/ui/time-zone-picker.tsx → lib/zone-labels.ts → lib/time-zones.ts → zod",
    );
  });
});
