import { readdirSync } from "node:fs";
import path from "node:path";
import { prisma } from "./client";

// Whether this instance can serve: its database answers and has every migration this build
// ships. A load balancer polls it (GET /api/ready) and sends traffic only while it says ready.

/** A load balancer gives up on a check after a few seconds; answer before it does. */
const READINESS_DEADLINE_MS = 2_000;

export type Readiness = { ready: true } | { ready: false; reason: string };

let shipped: string[] | undefined;

// `migrate deploy` reads the same folder, so wherever the app can be migrated, it is there. Read
// once: the folder belongs to the build that is running and does not change under it.
function shippedMigrations(): string[] {
  shipped ??= readdirSync(path.join(process.cwd(), "prisma", "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  return shipped;
}

function appliedOf(expected: string[]): Promise<Array<{ migration_name: string }>> {
  return prisma.$queryRaw`
    SELECT migration_name FROM _prisma_migrations
    WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL AND migration_name = ANY(${expected}::text[])`;
}

function withinDeadline<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), READINESS_DEADLINE_MS);
  });
  return Promise.race([work, expired]).finally(() => clearTimeout(timer));
}

/** One SELECT, bounded by a deadline: an unreachable database is "not ready", never an error. */
export async function checkReadiness(): Promise<Readiness> {
  const expected = shippedMigrations();
  let applied: Array<{ migration_name: string }>;
  try {
    applied = await withinDeadline(appliedOf(expected));
  } catch (error) {
    // The detail (an address, a driver message) goes to the log, not to whoever asked.
    console.error("readiness check failed:", (error as Error).message);
    return { ready: false, reason: "The database did not answer. Check that it is running and reachable." };
  }
  const done = new Set(applied.map((row) => row.migration_name));
  const missing = expected.filter((name) => !done.has(name));
  if (missing.length > 0) {
    return {
      ready: false,
      reason: `${missing.length} of this build's migrations are not applied: run \`npm run db:migrate\`.`,
    };
  }
  return { ready: true };
}
