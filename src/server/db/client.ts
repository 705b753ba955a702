import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "~/env";
import { PrismaClient } from "./generated/client";

// One Prisma client per process (kept on globalThis so Next's dev reloads don't leak pools).
// Only repositories (modules/*/server/*.repo.ts) and src/server/db may import it; the
// linter enforces that.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

function createPrismaClient() {
  const adapter = new PrismaPg({ connectionString: env.DATABASE_URL, max: 10 });
  return new PrismaClient({ adapter, log: env.NODE_ENV === "development" ? ["warn", "error"] : ["error"] });
}

export const prisma = globalForPrisma.prisma ?? createPrismaClient();
if (env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

export type Db = typeof prisma;
export * from "./generated/client";
