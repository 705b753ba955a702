import { prisma } from "~/server/db/client";
import type { UnsubscribeTarget } from "~/server/email/unsubscribe-token";

// The one-click unsubscribe link arrives without a session: the signed token names the practice
// and address, so these writes use the global client (reviewed by hand).

export async function optOut(target: UnsubscribeTarget) {
  await prisma.emailOptOut.upsert({
    where: { practiceId_email_category: target },
    create: target,
    update: {},
  });
}

export function practiceOf(practiceId: string) {
  return prisma.practice.findUnique({ where: { id: practiceId }, select: { name: true, slug: true } });
}
