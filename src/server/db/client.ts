import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "~/env";
import { PrismaClient } from "./generated/client";

// One Prisma client per process and role (kept on globalThis so Next's dev reloads don't leak pools).
// `prisma` connects as the tables' owner (DATABASE_URL), which row-level security does not bind: the
// reviewed system paths use it. The tenant data layer alone uses `appRolePrisma()`, connected as the
// role the policies hold for (DATABASE_APP_URL, see tenant.ts). Only repositories (modules/*/server/*.repo.ts)
// and src/server/db may import this module; the linter enforces that.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient; appRolePrisma?: PrismaClient };

function createPrismaClient(connectionString: string) {
  const adapter = new PrismaPg({ connectionString, max: 10 });
  return new PrismaClient({ adapter, log: env.NODE_ENV === "development" ? ["warn", "error"] : ["error"] });
}

export const prisma = globalForPrisma.prisma ?? createPrismaClient(env.DATABASE_URL);
if (env.NODE_ENV !== "production") globalForPrisma.prisma = prisma;

/** The tenant data layer's client; made on first use, so processes that never reach practice data need no app role. */
export function appRolePrisma(): PrismaClient {
  if (globalForPrisma.appRolePrisma) return globalForPrisma.appRolePrisma;
  if (!env.DATABASE_APP_URL) {
    throw new Error("DATABASE_APP_URL is not set: run through `npm run dev` or `npm test`, or set it (see README.md)");
  }
  globalForPrisma.appRolePrisma = createPrismaClient(env.DATABASE_APP_URL);
  return globalForPrisma.appRolePrisma;
}

/** Closes both pools (tests and scripts that end while the process lives on). */
export async function disconnectDatabaseClients(): Promise<void> {
  await Promise.all([prisma.$disconnect(), globalForPrisma.appRolePrisma?.$disconnect()]);
}

export type Db = typeof prisma;
export * from "./generated/client";
