import { defineConfig } from "prisma/config";
// The CLI gets the 7.x adapter: 6.19's cannot read Postgres' `name` type (prisma/orm#27403).
import { PrismaPg } from "prisma-adapter-pg-cli";

// The schema's `url = env("DATABASE_URL")` must resolve even for offline commands such as
// `prisma generate`; without it the CLI falls back to downloading the native engine.
process.env.DATABASE_URL ??= "postgres://offline@localhost:5432/offline";

// Prisma's native engines cannot be downloaded here; the WASM schema engine with a
// driver adapter runs every CLI command we need offline.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  experimental: { adapter: true },
  engine: "js",
  adapter: async () => new PrismaPg({ connectionString: process.env.DATABASE_URL }),
});
