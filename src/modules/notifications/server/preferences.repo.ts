import { prisma } from "~/server/db/client";
import type { UnsubscribeTarget } from "../domain/unsubscribe-token";

export async function optOut(target: UnsubscribeTarget) {
  await prisma.emailOptOut.upsert({
    where: { practiceId_email_category: target },
    create: target,
    update: {},
  });
}

export function practiceNameOf(practiceId: string) {
  return prisma.practice.findUnique({ where: { id: practiceId }, select: { name: true } });
}
