import { PrismaAdapter } from "@auth/prisma-adapter";
import { prisma } from "~/server/db/client";

// The adapter's types name @prisma/client's PrismaClient; ours is generated with the
// driver-adapter client, which has the same delegates at run time.
export const authAdapter = PrismaAdapter(prisma as unknown as Parameters<typeof PrismaAdapter>[0]);
