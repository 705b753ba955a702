import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { acquireDatabaseServer } from "./lib/database-server";
import { runPrisma } from "./lib/prisma-cli";

// `prisma migrate dev` cannot run offline (see STACK.md), so a migration is the diff
// between the schema as last committed and the working copy.
// Usage: npm run db:migration -- <name>
const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <snake_case_name>");
  process.exit(1);
}

const migrationsDir = "prisma/migrations";
const hasMigrations = readdirSync(migrationsDir, { withFileTypes: true }).some((entry) => entry.isDirectory());
const args = ["migrate", "diff", "--to-schema-datamodel", "prisma/schema.prisma", "--script"];
if (hasMigrations) {
  const committed = execFileSync("git", ["show", "HEAD:prisma/schema.prisma"], { encoding: "utf8" });
  const base = path.join(mkdtempSync(path.join(tmpdir(), "schema-")), "schema.prisma");
  writeFileSync(base, committed);
  args.push("--from-schema-datamodel", base);
} else {
  args.push("--from-empty");
}

// The WASM schema engine needs a live connection even to diff two schema files.
const server = await acquireDatabaseServer("scratch");
let sql: string;
try {
  sql = runPrisma(args, server.serverUrl);
} finally {
  await server.stop();
}
if (!sql.trim() || /^-- This is an empty migration/m.test(sql)) {
  console.error("The schema has no changes to migrate; nothing written.");
  process.exit(1);
}
const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
const dir = path.join(migrationsDir, `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(path.join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql — review it, add any hand-written SQL, then commit.`);
