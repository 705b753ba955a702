import { prisma } from "~/server/db/client";

const DEMO_EMAIL_DOMAIN = "demo.fieldnotes.test";

/** Seeded demo accounts (development only), for the one-click "sign in as". */
export function listDemoUsers() {
  return prisma.user.findMany({
    where: { email: { endsWith: `@${DEMO_EMAIL_DOMAIN}` } },
    select: {
      email: true,
      name: true,
      memberships: { where: { removedAt: null }, select: { role: true, practice: { select: { name: true } } } },
    },
    orderBy: { email: "asc" },
  });
}

export function findDemoUser(email: string) {
  if (!email.endsWith(`@${DEMO_EMAIL_DOMAIN}`)) return null;
  return prisma.user.findUnique({ where: { email }, select: { id: true } });
}
