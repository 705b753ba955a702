// What a failed write means, read in one place so repositories need not know Prisma's codes.

/** A unique index refused the row (Prisma P2002): someone else got there first, or it exists already. */
export function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === "P2002";
}
