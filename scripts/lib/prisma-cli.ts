import { spawnSync } from "node:child_process";

/** Runs the Prisma CLI (offline WASM engine, see prisma.config.ts) against a database. */
export function runPrisma(args: string[], databaseUrl?: string): string {
  const result = spawnSync("npx", ["prisma", ...args], {
    env: { ...process.env, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    encoding: "utf8",
  });
  if (result.status !== 0) {
    throw new Error(`prisma ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

export const migrateDeploy = (databaseUrl: string) => runPrisma(["migrate", "deploy"], databaseUrl);
