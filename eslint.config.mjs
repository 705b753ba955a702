import { readdirSync } from "node:fs";
import path from "node:path";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";

// Boundaries live here so that review does not have to remember them. Each rule below names the
// files it holds for; ESLint lets the last matching block decide a rule, so every block spells out
// the whole list of restrictions that apply to its files (`restrict(...)`).
// - only src/server/db, the adapter and system repositories (`*.system.repo.ts`, the reviewed
//   places that reach past one practice: public, worker, webhook and user-scoped paths) use the
//   global Prisma client; ordinary repositories get a practice-scoped client handed to them;
// - a practice-scoped client (`tenantDb`) is built only in src/server and in system repositories;
// - no module imports another module's repository;
// - src/server imports no feature module, except the composition roots (api/root.ts, worker/root.ts);
// - src/components imports nothing from src/app;
// - a module's ui/ imports server code for its types only (the pure role sets excepted);
// - a router imports only its own module's services and schemas, and the procedure builders;
// - domain rules import nothing from Prisma, Next.js, Stripe, React or src/server (roles excepted);
// - only src/env.ts reads process.env (scripts and config files excepted).
const MODULES = readdirSync(path.join(import.meta.dirname, "src/modules"), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const TOOLING = ["src/test/**", "**/*.test.ts", "**/*.test.tsx", "prisma/**", "scripts/**", "e2e/**", "emails/**"];

const globalClient = {
  group: ["~/server/db/client", "~/server/db/client.ts", "**/db/generated/**", "@prisma/client"],
  message: "Only system repositories (*.system.repo.ts) and src/server/db use the global Prisma client.",
  allowTypeImports: true,
};
const tenantDbBuilder = {
  name: "~/server/db/tenant",
  importNames: ["tenantDb"],
  message: "A practice-scoped client comes from practiceProcedure, or from a *.system.repo.ts for public paths.",
};
const otherModulesRepos = (own) => ({
  group: ["~/modules/*/server/*.repo", "~/modules/*/server/*.repo.ts", `!~/modules/${own}/server/*`],
  message: "A repository belongs to its module: call that module's service instead.",
});
const featureModules = {
  group: ["~/modules/*", "~/modules/**"],
  message: "Infrastructure does not import features; the composition roots wire them in.",
};
const appFolder = { group: ["~/app/*", "~/app/**"], message: "Components do not import from routes." };
const serverValuesInUi = {
  group: [
    "~/modules/*/server/*",
    "../server/*",
    "../../server/*",
    "~/server/*",
    "!~/server/auth",
    "~/server/auth/*",
    "!~/server/auth/roles",
  ],
  message: "UI imports server code for its types only (import type …).",
  allowTypeImports: true,
};
const routerImports = (own) => ({
  // Re-include a folder before a file in it: these are ignore-file patterns.
  group: [
    "~/*",
    "!~/server",
    "~/server/*",
    "!~/server/api",
    "~/server/api/*",
    "!~/server/api/trpc",
    "!~/server/api/plan-gate",
    "!~/server/auth",
    "~/server/auth/*",
    "!~/server/auth/roles",
    "./*",
    "!./*.service",
    "../*",
    "!../schemas",
  ],
  message: `A router imports only its module's services and schemas (modules/${own}) and the procedure builders.`,
});
const domainPurity = [
  {
    // The one exception: the role sets and predicates are pure too (they import only the
    // generated Role type), and a domain rule about who may do what needs them.
    group: ["~/server/*", "!~/server/auth", "~/server/auth/*", "!~/server/auth/roles"],
    message: "Domain rules are pure: data in, data out.",
  },
  { group: ["@prisma/*", "next", "next/*", "stripe", "react"], message: "Domain rules are pure: data in, data out." },
];

const restrict = ({ patterns = [], paths = [] }) => ({
  "no-restricted-imports": ["error", { patterns, paths }],
});

export default tseslint.config(
  {
    ignores: [
      ".next/**",
      "node_modules/**",
      ".data/**",
      "src/server/db/generated/**",
      "next-env.d.ts",
      "playwright-report/**",
      "test-results/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "@next/next": nextPlugin, "react-hooks": reactHooks },
    rules: {
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs["core-web-vitals"].rules,
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      ...restrict({ patterns: [globalClient], paths: [tenantDbBuilder] }),
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    ignores: ["src/env.ts", "src/test/**"],
    rules: {
      "no-restricted-properties": [
        "error",
        { object: "process", property: "env", message: "Read configuration from ~/env." },
      ],
    },
  },
  {
    // Infrastructure: no feature imports, except where the composition roots wire features in; the
    // global client only in the database layer and system repositories (the last block).
    files: ["src/server/**"],
    ignores: ["src/server/api/root.ts", "src/server/worker/root.ts", ...TOOLING],
    rules: restrict({ patterns: [featureModules, globalClient] }),
  },
  { files: ["src/components/**"], rules: restrict({ patterns: [globalClient, appFolder], paths: [tenantDbBuilder] }) },
  ...MODULES.flatMap((own) => [
    {
      files: [`src/modules/${own}/**`],
      rules: restrict({ patterns: [globalClient, otherModulesRepos(own)], paths: [tenantDbBuilder] }),
    },
    {
      files: [`src/modules/${own}/**/*.system.repo.ts`],
      rules: restrict({ patterns: [otherModulesRepos(own)] }),
    },
    {
      files: [`src/modules/${own}/ui/**`],
      rules: restrict({ patterns: [globalClient, otherModulesRepos(own), serverValuesInUi], paths: [tenantDbBuilder] }),
    },
    {
      files: [`src/modules/${own}/server/*.router.ts`],
      rules: restrict({ patterns: [routerImports(own)] }),
    },
    { files: [`src/modules/${own}/domain/**`], rules: restrict({ patterns: domainPurity }) },
  ]),
  {
    // The database layer itself, the Auth.js adapter and the tools (tests, seed, scripts) reach
    // the client directly.
    files: ["src/server/db/**", "src/server/auth/adapter.ts", "src/server/**/*.system.repo.ts", ...TOOLING],
    rules: { "no-restricted-imports": "off" },
  },
);
