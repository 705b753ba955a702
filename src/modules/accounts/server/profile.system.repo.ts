import type { TimeFormatPreference } from "~/lib/viewer-locale";
import { prisma } from "~/server/db/client";

const profileSelect = { id: true, name: true, email: true, timeZone: true, timeFormat: true } as const;

export function findProfile(userId: string) {
  return prisma.user.findUniqueOrThrow({ where: { id: userId }, select: profileSelect });
}

export function updateProfile(
  userId: string,
  data: { name?: string; timeZone?: string; timeFormat?: TimeFormatPreference },
) {
  return prisma.user.update({ where: { id: userId }, data, select: profileSelect });
}

/** Sets the zone only if none is stored yet, so a choice the person made is never overwritten. */
export function setTimeZoneIfUnset(userId: string, timeZone: string) {
  return prisma.user.updateMany({ where: { id: userId, timeZone: null }, data: { timeZone } });
}
