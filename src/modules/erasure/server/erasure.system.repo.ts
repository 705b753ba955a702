import { Prisma, prisma } from "~/server/db/client";
import {
  containsPattern,
  ERASED_ADDRESS,
  ERASED_BOOKER_PHONE_PLACE,
  ERASED_BOOKING,
  ERASED_CHECK_IN,
  ERASED_COACH_PROFILE,
  ERASED_CONTACT,
  ERASED_DOMAIN,
  ERASED_EMAIL_DATA,
  ERASED_INTERVIEW,
  ERASED_OUTREACH,
  ERASED_PROJECT,
  ERASED_REFLECTION,
  ERASED_TEXT,
  erasedClient,
  erasedUser,
} from "../domain/placeholders";

// Erasure crosses practices (a person can be a client of several) and reaches rows no practice owns (the user,
// sessions, sign-in tokens, rate-limit counters), so it runs on the global client. Every statement that touches
// practice data names the practice by hand, as the other system repositories do.

type Tx = Prisma.TransactionClient;

/** What names a person in free text: addresses and names, as domain/placeholders.ts `identifiersOf` gives them. */
export interface Identifiers {
  emails: readonly string[];
  names: readonly string[];
}

// ── Scheduling ──────────────────────────────────────────────────────────────

export function findDeletionFields(userId: string) {
  return prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: { email: true, name: true, timeZone: true, deletionDueAt: true, deletionCancelledAt: true },
  });
}

/** The practices the person owns, each with how many other active owners it has. */
export async function findOwnerships(userId: string) {
  const owned = await prisma.membership.findMany({
    where: { userId, role: "OWNER", removedAt: null },
    select: {
      practice: {
        select: { name: true, _count: { select: { memberships: { where: { role: "OWNER", removedAt: null } } } } },
      },
    },
  });
  return owned.map(({ practice }) => ({ practiceName: practice.name, otherOwners: practice._count.memberships - 1 }));
}

export const withTransaction = <T>(fn: (tx: Tx) => Promise<T>) => prisma.$transaction(fn);

export function setDeletionDue(tx: Tx, userId: string, dueAt: Date | null, cancelledAt?: Date) {
  return tx.user.updateMany({
    where: { id: userId, erasedAt: null },
    data: { deletionDueAt: dueAt, ...(cancelledAt ? { deletionCancelledAt: cancelledAt } : {}) },
  });
}

/** Clears a scheduled deletion; the row (for its email) when there was one, null when nothing was scheduled. */
export async function cancelDueDeletion(tx: Tx, userId: string, now: Date) {
  const [row] = await tx.$queryRaw<Array<{ email: string; timeZone: string | null }>>`
    UPDATE "User" SET "deletionDueAt" = NULL, "deletionCancelledAt" = ${now}, "updatedAt" = ${now}
    WHERE "id" = ${userId} AND "deletionDueAt" IS NOT NULL AND "erasedAt" IS NULL
    RETURNING "email", "timeZone"`;
  return row ?? null;
}

export function deleteOtherSessions(tx: Tx, userId: string, keepSessionId: string | undefined) {
  return tx.session.deleteMany({ where: { userId, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) } });
}

// ── The worker's claim ──────────────────────────────────────────────────────

/**
 * Takes one account whose grace has ended for `leaseUntil`: SKIP LOCKED so workers running at once take different
 * ones, and a lease so one that died is picked up again once it lapses.
 */
export async function claimDueAccount(now: Date, leaseUntil: Date) {
  const [row] = await prisma.$queryRaw<Array<{ id: string }>>`
    UPDATE "User" SET "erasureLeaseUntil" = ${leaseUntil}
    WHERE "id" = (
      SELECT "id" FROM "User"
      WHERE "deletionDueAt" <= ${now} AND "erasedAt" IS NULL
        AND ("erasureLeaseUntil" IS NULL OR "erasureLeaseUntil" < ${now})
      ORDER BY "deletionDueAt" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING "id"`;
  return row?.id ?? null;
}

export function releaseClaim(userId: string) {
  return prisma.user.updateMany({ where: { id: userId }, data: { erasureLeaseUntil: null } });
}

/** The account, locked for the erasing transaction; null once it is erased or no longer due (a sign-in cancelled it). */
export async function lockDueAccount(tx: Tx, userId: string, now: Date) {
  const [row] = await tx.$queryRaw<Array<{ id: string; email: string; name: string | null; timeZone: string | null }>>`
    SELECT "id", "email", "name", "timeZone" FROM "User"
    WHERE "id" = ${userId} AND "erasedAt" IS NULL AND "deletionDueAt" <= ${now}
    FOR UPDATE`;
  return row ?? null;
}

// ── Erasing ─────────────────────────────────────────────────────────────────

/** Every client row that is the person: linked to their account, or under their address in any practice. */
export function findClientsOf(tx: Tx, user: { id: string; email: string }) {
  return tx.client.findMany({
    where: { OR: [{ userId: user.id }, { email: { equals: user.email, mode: "insensitive" } }] },
    select: { id: true, practiceId: true, name: true, email: true },
  });
}

/**
 * Erases what the practice holds about these clients, keeping every row: their client record, sessions, projects
 * and everything in them (contacts, outreach, interviews, reflections private or not, the comments on them,
 * check-ins) and the coaches' notes about them. Returns what named them, for the email log.
 */
export async function eraseClientRecords(tx: Tx, practiceId: string, clientIds: readonly string[], now: Date) {
  const ofClients = { practiceId, clientId: { in: [...clientIds] } };
  const projectIds = (await tx.project.findMany({ where: ofClients, select: { id: true } })).map((p) => p.id);
  const inProjects = { practiceId, projectId: { in: projectIds } };
  const bookings = await tx.booking.findMany({
    where: ofClients,
    select: { uid: true, bookerName: true, bookerEmail: true },
  });
  const clients = await tx.client.findMany({ where: { practiceId, id: { in: [...clientIds] } } });

  await tx.project.updateMany({ where: { practiceId, id: { in: projectIds } }, data: ERASED_PROJECT });
  await tx.contact.updateMany({ where: inProjects, data: ERASED_CONTACT });
  await tx.outreachEvent.updateMany({ where: inProjects, data: ERASED_OUTREACH });
  await tx.interview.updateMany({ where: inProjects, data: ERASED_INTERVIEW });
  await tx.reflection.updateMany({ where: inProjects, data: ERASED_REFLECTION });
  await tx.reflectionComment.updateMany({
    where: { practiceId, reflection: { projectId: { in: projectIds } } },
    data: { body: ERASED_TEXT },
  });
  await tx.readinessCheckIn.updateMany({ where: inProjects, data: ERASED_CHECK_IN });
  await tx.coachNote.updateMany({ where: ofClients, data: { body: ERASED_TEXT } });
  await tx.booking.updateMany({
    where: { ...ofClients, locationKind: "PHONE_BOOKER" },
    data: ERASED_BOOKER_PHONE_PLACE,
  });
  await tx.booking.updateMany({ where: ofClients, data: ERASED_BOOKING });
  for (const client of clients) {
    await tx.client.update({ where: { practiceId_id: { practiceId, id: client.id } }, data: erasedClient(client.id) });
  }
  const emails = [...clients.map((c) => c.email), ...bookings.map((b) => b.bookerEmail)];
  await tx.emailOptOut.deleteMany({ where: { practiceId, email: { in: emails, mode: "insensitive" } } });
  await tx.invitation.updateMany({
    where: { practiceId, email: { in: emails, mode: "insensitive" } },
    data: { email: ERASED_ADDRESS },
  });
  // A person who asked to be removed from a practice no longer belongs to it.
  const userIds = clients.flatMap((client) => (client.userId ? [client.userId] : []));
  await tx.membership.updateMany({
    where: { practiceId, userId: { in: userIds }, role: "CLIENT", removedAt: null },
    data: { removedAt: now },
  });
  return {
    emails,
    names: [...clients.map((c) => c.name), ...bookings.map((b) => b.bookerName)],
    bookingUids: bookings.map((b) => b.uid),
  };
}

/** Erases one session's booker (a visitor without an account) and, when it was only a lead, the lead it made. */
export async function eraseBookerOf(tx: Tx, practiceId: string, bookingId: string, now: Date) {
  const booking = await tx.booking.findUniqueOrThrow({
    where: { practiceId_id: { practiceId, id: bookingId } },
    select: {
      uid: true,
      bookerName: true,
      bookerEmail: true,
      client: { select: { id: true, userId: true, status: true } },
    },
  });
  const { client } = booking;
  if (client.userId === null && client.status === "LEAD") {
    const erased = await eraseClientRecords(tx, practiceId, [client.id], now);
    return { ...erased, bookingUids: [...erased.bookingUids, booking.uid] };
  }
  await tx.booking.updateMany({
    where: { practiceId, id: bookingId, locationKind: "PHONE_BOOKER" },
    data: ERASED_BOOKER_PHONE_PLACE,
  });
  await tx.booking.updateMany({ where: { practiceId, id: bookingId }, data: ERASED_BOOKING });
  return { emails: [booking.bookerEmail], names: [booking.bookerName], bookingUids: [booking.uid] };
}

/**
 * What the person was as staff: their coach profile (public name, headline, the slug their name may be in),
 * their calendar connections and sealed tokens, and the comments they wrote on reflections.
 */
export async function eraseStaffTraces(tx: Tx, userId: string) {
  const profiles = await tx.coachProfile.findMany({ where: { membership: { userId } }, select: { id: true } });
  for (const profile of profiles) {
    await tx.calendarConnection.deleteMany({ where: { coachProfileId: profile.id } });
    await tx.coachProfile.update({ where: { id: profile.id }, data: ERASED_COACH_PROFILE(profile.id) });
  }
  await tx.reflectionComment.updateMany({ where: { authorUserId: userId }, data: { body: ERASED_TEXT } });
}

/** The account itself: the row is kept, anonymised and without any way in; sessions and sign-in links are deleted. */
export async function eraseUserRow(tx: Tx, user: { id: string; email: string }, now: Date) {
  await tx.session.deleteMany({ where: { userId: user.id } });
  // Archives they asked for hold copies of everything erased here.
  await tx.dataExport.deleteMany({ where: { requestedById: user.id } });
  await tx.account.deleteMany({ where: { userId: user.id } });
  await tx.verificationToken.deleteMany({ where: { identifier: { equals: user.email, mode: "insensitive" } } });
  await tx.membership.updateMany({ where: { userId: user.id, removedAt: null }, data: { removedAt: now } });
  await tx.user.update({
    where: { id: user.id },
    data: { ...erasedUser(user.id), deletionDueAt: null, erasureLeaseUntil: null, erasedAt: now },
  });
}

/**
 * The email log's rows that name the person (sent to them, about their sessions, or mentioning their address or
 * name): each keeps its template, status and times, loses its recipient (when it was them), props and key. One
 * not yet sent is not sent. `practiceId` null searches every practice's log and the practice-less emails.
 */
export async function scrubEmailLog(
  tx: Tx,
  practiceId: string | null,
  who: Identifiers & { bookingUids: readonly string[] },
) {
  const matches: Prisma.Sql[] = [
    ...who.emails.flatMap((email) => [
      Prisma.sql`lower("to") = ${email}`,
      Prisma.sql`"dedupeKey" ILIKE ${containsPattern(email)}`,
      Prisma.sql`"data"::text ILIKE ${containsPattern(email)}`,
    ]),
    ...who.names.map((name) => Prisma.sql`"data"::text ILIKE ${containsPattern(name)}`),
    ...who.bookingUids.map((uid) => Prisma.sql`"dedupeKey" LIKE ${`%:${uid}:%`}`),
  ];
  if (matches.length === 0) return 0;
  const inPractice = practiceId === null ? Prisma.sql`TRUE` : Prisma.sql`"practiceId" = ${practiceId}`;
  const recipients = who.emails.length > 0 ? who.emails : [""];
  return tx.$executeRaw`
    UPDATE "EmailMessage" SET
      "to" = CASE WHEN lower("to") IN (${Prisma.join(recipients)}) THEN ${ERASED_ADDRESS} ELSE "to" END,
      "data" = ${JSON.stringify(ERASED_EMAIL_DATA)}::jsonb,
      "dedupeKey" = 'erased:' || "id",
      "lastError" = NULL,
      "status" = CASE WHEN "status" = 'SENT' THEN 'SENT'::"EmailStatus" ELSE 'CANCELLED'::"EmailStatus" END,
      "updatedAt" = now()
    WHERE ${inPractice} AND "dedupeKey" NOT LIKE 'erased:%' AND (${Prisma.join(matches, " OR ")})`;
}

/** Rate-limit counters are keyed by address for some limits (sign-in links, bookings per email). */
export function deleteRateLimitCounters(tx: Tx, emails: readonly string[]) {
  if (emails.length === 0) return Promise.resolve(0);
  return tx.$executeRaw`
    DELETE FROM "RateLimitCounter" WHERE ${Prisma.join(
      emails.map((email) => Prisma.sql`"key" ILIKE ${containsPattern(email)}`),
      " OR ",
    )}`;
}

export function deleteOptOutsOf(tx: Tx, emails: readonly string[]) {
  return tx.emailOptOut.deleteMany({ where: { email: { in: [...emails], mode: "insensitive" } } });
}

export function anonymiseInvitationsTo(tx: Tx, emails: readonly string[]) {
  return tx.invitation.updateMany({
    where: { email: { in: [...emails], mode: "insensitive" } },
    data: { email: ERASED_ADDRESS },
  });
}

/**
 * The farewell email goes to the real address after everything else is erased, so its row holds that address
 * until it is sent; each run of the erasure job then clears the recipient of those already sent (or given up on).
 */
export function scrubSentFarewells(template: string) {
  return prisma.$executeRaw`
    UPDATE "EmailMessage" SET "to" = ${ERASED_ADDRESS}, "updatedAt" = now()
    WHERE "template" = ${template} AND "dedupeKey" LIKE 'account-erased:%'
      AND "status" IN ('SENT', 'DEAD', 'CANCELLED') AND "to" NOT LIKE ${`%@${ERASED_DOMAIN}`}`;
}

/** Upcoming confirmed sessions whose booker was erased: each is then cancelled, and its coach told. */
export async function findUpcomingErasedSessions(now: Date) {
  const rows = await prisma.booking.findMany({
    where: { bookerEmail: ERASED_ADDRESS, status: "CONFIRMED", startAt: { gt: now } },
    select: { uid: true },
    take: 100,
  });
  return rows.map((row) => row.uid);
}

// ── Practices ───────────────────────────────────────────────────────────────

export function findPracticeForDeletion(practiceId: string) {
  return prisma.practice.findUnique({
    where: { id: practiceId },
    select: { slug: true, subscription: { select: { status: true } } },
  });
}

/** Deletes the practice and, through its foreign keys, every row it holds. */
export function deletePracticeRows(practiceId: string) {
  return prisma.practice.deleteMany({ where: { id: practiceId } });
}
