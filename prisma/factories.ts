import { sealSecret } from "../src/server/crypto/secret-box";
import { DISCOVERY_INTAKE_QUESTIONS } from "../src/modules/scheduling/domain/session-types";
import type { Prisma, PrismaClient, Role, User } from "../src/server/db/generated/client";

// Test and demo data builders shared by the seed, integration tests and e2e setup.
// Each takes the client to write with, so they never reach for a global connection.

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(sequence++).toString(36)}`;

export async function createUser(
  db: PrismaClient,
  data: { email?: string; name?: string; timeZone?: string | null } = {},
) {
  const id = next();
  return db.user.create({
    data: {
      email: data.email ?? `user-${id}@example.com`,
      name: data.name ?? `User ${id}`,
      timeZone: data.timeZone ?? "UTC",
    },
  });
}

export async function createPractice(
  db: PrismaClient,
  data: { slug?: string; name?: string; timeZone?: string; owner?: User } = {},
) {
  const id = next();
  const owner = data.owner ?? (await createUser(db));
  const practice = await db.practice.create({
    data: {
      slug: data.slug ?? `practice-${id}`,
      name: data.name ?? `Practice ${id}`,
      timeZone: data.timeZone ?? "Europe/London",
    },
  });
  await db.membership.create({ data: { practiceId: practice.id, userId: owner.id, role: "OWNER" } });
  return { practice, owner };
}

export async function addMember(db: PrismaClient, practiceId: string, role: Role, user?: User) {
  const member = user ?? (await createUser(db));
  const membership = await db.membership.create({ data: { practiceId, userId: member.id, role } });
  return { user: member, membership };
}

const everyDay = (start: string, end: string) =>
  [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, ranges: [{ start, end }] }));

type CoachOverrides = Partial<{
  slug: string;
  timeZone: string;
  minimumNoticeMinutes: number;
  maxSessionsPerDay: number | null;
  bufferAfterMinutes: number;
}>;

/**
 * A booking profile open 09:00–17:00 every day in `timeZone`, for an existing staff membership, offering the free
 * 20-minute discovery session with its two optional questions (no notice and no daily cap unless told) — the
 * profile row carries `discovery`.
 */
export async function createCoachProfile(
  db: PrismaClient,
  practiceId: string,
  member: { membershipId: string; displayName: string },
  overrides: CoachOverrides = {},
) {
  const profile = await db.coachProfile.create({
    data: {
      practiceId,
      membershipId: member.membershipId,
      slug: overrides.slug ?? `coach-${next()}`,
      displayName: member.displayName,
      timeZone: overrides.timeZone ?? "UTC",
      weeklyHours: everyDay("09:00", "17:00"),
    },
  });
  const discovery = await createSessionType(db, profile, {
    slug: "discovery",
    name: "Free discovery session",
    kind: "DISCOVERY",
    durationMinutes: 20,
    slotIntervalMinutes: 30,
    bufferAfterMinutes: overrides.bufferAfterMinutes ?? 10,
    minimumNoticeMinutes: overrides.minimumNoticeMinutes ?? 0,
    maxSessionsPerDay: overrides.maxSessionsPerDay === undefined ? null : overrides.maxSessionsPerDay,
    intakeQuestions: DISCOVERY_INTAKE_QUESTIONS.map((question) => ({ ...question, options: [...question.options] })),
  });
  return { ...profile, discovery };
}

type SessionTypeData = Omit<Prisma.SessionTypeUncheckedCreateInput, "practiceId" | "coachProfileId">;

/** A session type of a coach; public, no notice, no location and no intake questions unless told. */
/** A connected calendar of the coach (credentials sealed as the app seals them) with one calendar in it. */
export function createCalendarConnection(
  db: PrismaClient,
  coach: { id: string; practiceId: string },
  data: { kind?: "ICS_FEED" | "CALDAV"; credentials?: object; calendarUrl?: string } = {},
) {
  const kind = data.kind ?? "ICS_FEED";
  const credentials =
    data.credentials ??
    (kind === "CALDAV"
      ? { serverUrl: "https://dav.example.com/", username: "coach", password: "app-password" }
      : { url: "https://calendar.example.com/coach.ics" });
  return db.calendarConnection.create({
    data: {
      practiceId: coach.practiceId,
      coachProfileId: coach.id,
      kind,
      label: kind === "CALDAV" ? "coach at dav.example.com" : "Subscription from calendar.example.com",
      sealedCredentials: sealSecret(JSON.stringify(credentials)),
      sources: {
        create: {
          remoteId: data.calendarUrl ?? (kind === "CALDAV" ? "https://dav.example.com/coach/work/" : "feed"),
          displayName: "Work",
        },
      },
    },
    include: { sources: true },
  });
}

export function createSessionType(
  db: PrismaClient,
  coach: { id: string; practiceId: string },
  data: Partial<SessionTypeData> & Pick<SessionTypeData, "durationMinutes">,
) {
  return db.sessionType.create({
    data: {
      slug: `type-${next()}`,
      name: `${data.durationMinutes}-minute session`,
      slotIntervalMinutes: 30,
      minimumNoticeMinutes: 0,
      ...data,
      practiceId: coach.practiceId,
      coachProfileId: coach.id,
    },
  });
}

/** A bookable coach: a new COACH member with a profile (see createCoachProfile). */
export async function createBookableCoach(db: PrismaClient, practiceId: string, overrides: CoachOverrides = {}) {
  const { user, membership } = await addMember(db, practiceId, "COACH");
  const profile = await createCoachProfile(
    db,
    practiceId,
    { membershipId: membership.id, displayName: user.name ?? "Coach" },
    overrides,
  );
  return { user, membership, profile };
}

/** A confirmed 20-minute discovery booking written directly (no slot checks), with its lead client. */
export async function createBookingRow(
  db: PrismaClient,
  coach: { id: string; practiceId: string; discovery: { id: string } },
  startAt: Date,
) {
  const id = next();
  const email = `lead-${id}@example.com`;
  const client = await db.client.create({
    data: { practiceId: coach.practiceId, email, name: `Lead ${id}`, coachProfileId: coach.id },
  });
  const endAt = new Date(startAt.getTime() + 20 * 60_000);
  return db.booking.create({
    data: {
      uid: `uid-${id}`,
      practiceId: coach.practiceId,
      coachProfileId: coach.id,
      sessionTypeId: coach.discovery.id,
      clientId: client.id,
      startAt,
      endAt,
      blockedFrom: startAt,
      blockedUntil: new Date(endAt.getTime() + 10 * 60_000),
      bookerName: client.name,
      bookerEmail: email,
      bookerTimeZone: "UTC",
      manageTokenHash: `hash-${id}`,
    },
  });
}

/** A client record of a practice, without a booking (lead unless told otherwise). */
export function createClient(
  db: PrismaClient,
  practiceId: string,
  data: { status?: "LEAD" | "ACTIVE" | "COMPLETED" | "ARCHIVED"; name?: string; coachProfileId?: string } = {},
) {
  const id = next();
  return db.client.create({
    data: {
      practiceId,
      email: `client-${id}@example.com`,
      name: data.name ?? `Client ${id}`,
      status: data.status ?? "LEAD",
      coachProfileId: data.coachProfileId,
    },
  });
}

/**
 * A project of `clientId` run by `coachProfileId`, with one row of everything a project holds:
 * two tracks, a contact referred by another, outreach, an interview, a submitted reflection
 * with a comment, a readiness check-in, a template and an outreach template, and a coach note.
 */
export async function createProjectFixture(
  db: PrismaClient,
  input: { practiceId: string; coachProfileId: string; clientId: string; authorUserId: string },
) {
  const { practiceId } = input;
  const template = await db.projectTemplate.create({
    data: {
      practiceId,
      name: "Ten conversations, two fields",
      tracks: [
        { name: "Agency owners", targetCount: 5 },
        { name: "Employee engagement", targetCount: 5 },
      ],
      questionBank: ["What is your day to day really like?"],
    },
  });
  const outreachTemplate = await db.outreachTemplate.create({
    data: { practiceId, name: "First note", subject: "A short conversation?", body: "Hi {{name}}, …" },
  });
  const project = await db.project.create({
    data: {
      practiceId,
      clientId: input.clientId,
      coachProfileId: input.coachProfileId,
      templateId: template.id,
      title: "Agency or engagement?",
      questionBank: ["What is your day to day really like?"],
    },
  });
  const [trackA, trackB] = await Promise.all(
    ["Agency owners", "Employee engagement"].map((name, position) =>
      db.projectTrack.create({ data: { practiceId, projectId: project.id, name, targetCount: 5, position } }),
    ),
  );
  const referrer = await db.contact.create({
    data: { practiceId, projectId: project.id, trackId: trackA!.id, name: "Ada Referrer", status: "THANKED" },
  });
  const contact = await db.contact.create({
    data: {
      practiceId,
      projectId: project.id,
      trackId: trackB!.id,
      name: "Ben Referred",
      referredById: referrer.id,
      status: "INTERVIEWED",
    },
  });
  const outreach = await db.outreachEvent.create({
    data: {
      practiceId,
      projectId: project.id,
      contactId: contact.id,
      kind: "INITIAL",
      message: "Hi Ben",
      sentAt: new Date("2026-11-01T10:00:00Z"),
    },
  });
  const interview = await db.interview.create({
    data: { practiceId, projectId: project.id, contactId: contact.id, occurredAt: new Date("2026-11-05T15:00:00Z") },
  });
  const reflection = await db.reflection.create({
    data: {
      practiceId,
      projectId: project.id,
      interviewId: interview.id,
      learned: "A lot",
      resonance: 4,
      status: "SUBMITTED",
      startedAt: new Date("2026-11-05T16:00:00Z"),
      submittedAt: new Date("2026-11-05T16:30:00Z"),
    },
  });
  const comment = await db.reflectionComment.create({
    data: { practiceId, reflectionId: reflection.id, authorUserId: input.authorUserId, body: "Good one" },
  });
  const checkIn = await db.readinessCheckIn.create({ data: { practiceId, projectId: project.id } });
  const note = await db.coachNote.create({
    data: { practiceId, clientId: input.clientId, authorUserId: input.authorUserId, body: "Private" },
  });
  return {
    templateId: template.id,
    outreachTemplateId: outreachTemplate.id,
    projectId: project.id,
    trackId: trackA!.id,
    secondTrackId: trackB!.id,
    contactId: contact.id,
    referrerContactId: referrer.id,
    outreachEventId: outreach.id,
    interviewId: interview.id,
    reflectionId: reflection.id,
    commentId: comment.id,
    checkInId: checkIn.id,
    noteId: note.id,
  };
}

/** A passkey row for a person (not a real credential: it counts as a factor, it cannot sign anything). */
export function createPasskeyRow(db: PrismaClient, userId: string, name = "Test passkey") {
  return db.passkey.create({
    data: { userId, credentialId: `credential-${next()}`, publicKey: Buffer.from([1, 2, 3]), counter: 0n, name },
  });
}
