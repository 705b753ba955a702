import js from "@eslint/js";
import tseslint from "typescript-eslint";
import nextPlugin from "@next/eslint-plugin-next";
import reactHooks from "eslint-plugin-react-hooks";

// Boundaries live here so that review does not have to remember them:
// - only src/server/db and repositories (modules/*/server/*.repo.ts) touch the Prisma client;
// - domain rules import nothing from Prisma, Next.js, Stripe or src/server;
// - only src/env.ts reads process.env (scripts and config files excepted).
const prismaClientImport = {
  group: ["~/server/db/client", "~/server/db/client.ts", "**/db/generated/**", "@prisma/client"],
  message: "Only repositories (*.repo.ts) and src/server/db may use the Prisma client.",
  allowTypeImports: true,
};

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
      "no-restricted-imports": ["error", { patterns: [prismaClientImport] }],
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
    files: [
      "src/server/db/**",
      "src/**/*.repo.ts",
      "src/server/auth/adapter.ts",
      "src/test/**",
      "**/*.test.ts",
      "prisma/**",
      "scripts/**",
      "e2e/**",
    ],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["src/modules/*/domain/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              // The one exception: the role sets and predicates are pure too (they import only
              // the generated Role type), and a domain rule about who may do what needs them.
              group: ["~/server/*", "!~/server/auth", "~/server/auth/*", "!~/server/auth/roles"],
              message: "Domain rules are pure: data in, data out.",
            },
            {
              group: ["@prisma/*", "next", "next/*", "stripe", "react"],
              message: "Domain rules are pure: data in, data out.",
            },
          ],
        },
      ],
    },
  },
);
