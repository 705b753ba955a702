import { DISCOVERY_INTAKE_QUESTIONS, type IntakeAnswer } from "../src/modules/scheduling/domain/session-types";
import type { LocationKind, PrismaClient, SessionType } from "../src/server/db/generated/client";

// The demo coaches' booking setup and sessions. Sessions are placed relative to the first seeding (so the calendar
// shows upcoming ones), with fixed ids: seeding again never adds or moves anything. Session types are keyed by
// their coach and address, which a database migrated from before session types already has for discovery.

const MINUTE = 60_000;
const DAY = 86_400_000;

const weekdays = (start: string, end: string) =>
  [1, 2, 3, 4, 5].map((weekday) => ({ weekday, ranges: [{ start, end }] }));

interface DemoType {
  slug: string;
  name: string;
  description: string | null;
  kind: "DISCOVERY" | "COACHING";
  visibility: "PUBLIC" | "CLIENTS" | "LINK";
  linkToken?: string;
  durationMinutes: number;
  locationKind: LocationKind;
  locationDetail: string | null;
  intakeQuestions: unknown[];
  changeWindowHours?: number;
}

const discovery = (locationKind: LocationKind, locationDetail: string | null): DemoType => ({
  slug: "discovery",
  name: "Free discovery session",
  description: "Twenty minutes to talk about where you are and whether informational interviews could help.",
  kind: "DISCOVERY",
  visibility: "PUBLIC",
  durationMinutes: 20,
  locationKind,
  locationDetail,
  intakeQuestions: DISCOVERY_INTAKE_QUESTIONS.map((question) => ({ ...question })),
});

// Fake meeting rooms and numbers: plausible to look at, reachable by nobody (555-01xx is reserved for fiction).
const MAYA_ROOM = "https://whereby.com/fieldnotes-maya";

const COACHES = [
  {
    key: "maya",
    slug: "maya-chen",
    name: "Maya Chen",
    timeZone: "Europe/London",
    headline: "Career changes into tech and design",
    types: [
      discovery("VIDEO", MAYA_ROOM),
      {
        slug: "coaching-session",
        name: "Coaching session",
        description: "Our regular working session on your project.",
        kind: "COACHING",
        visibility: "CLIENTS",
        durationMinutes: 45,
        locationKind: "VIDEO",
        locationDetail: MAYA_ROOM,
        intakeQuestions: [],
        changeWindowHours: 12,
      },
      {
        slug: "interview-debrief",
        name: "Interview debrief",
        description: "Half an hour right after an informational interview, while it is fresh.",
        kind: "COACHING",
        visibility: "LINK",
        linkToken: "demo-maya-interview-debrief",
        durationMinutes: 30,
        locationKind: "PHONE_BOOKER",
        locationDetail: null,
        intakeQuestions: [
          {
            id: "which-interview",
            label: "Which interview would you like to debrief?",
            kind: "SINGLE_CHOICE",
            required: true,
            maxLength: 100,
            options: ["One I had today", "One from this week", "One coming up that I'm nervous about"],
          },
        ],
      },
    ] satisfies DemoType[],
  },
  {
    key: "sam",
    slug: "sam-rivera",
    name: "Sam Rivera",
    timeZone: "America/Los_Angeles",
    headline: "From burnout to work that fits",
    types: [discovery("PHONE_COACH", "+1 213 555 0142")] satisfies DemoType[],
  },
];

const DISCOVERY_ANSWERS: IntakeAnswer[] = [
  {
    id: "fieldsOfInterest",
    question: "Which fields are you curious about?",
    answer: "Product management, UX research",
  },
  {
    id: "whatPrompted",
    question: "What prompted you to reach out?",
    answer: "Ready for a change after eight years in finance.",
  },
];

/** The first Monday–Friday at least a week after `anchor`, at `hourUtc`. */
function weekdayNextWeek(anchor: number, hourUtc: number): number {
  let day = anchor + 7 * DAY;
  while ([0, 6].includes(new Date(day).getUTCDay())) day += DAY;
  return day + hourUtc * 3600_000;
}

export async function seedBookings(db: PrismaClient, practiceId: string) {
  const coachIds = new Map<string, string>();
  const types = new Map<string, SessionType>();
  for (const coach of COACHES) {
    const profile = await db.coachProfile.upsert({
      where: { membershipId: `demo-membership-${coach.key}` },
      create: {
        id: `demo-coach-${coach.key}`,
        practiceId,
        membershipId: `demo-membership-${coach.key}`,
        slug: coach.slug,
        displayName: coach.name,
        headline: coach.headline,
        timeZone: coach.timeZone,
        weeklyHours: weekdays("09:00", "17:00"),
      },
      update: {},
    });
    coachIds.set(coach.key, profile.id);
    for (const [position, type] of coach.types.entries()) {
      const row = await db.sessionType.upsert({
        where: { coachProfileId_slug: { coachProfileId: profile.id, slug: type.slug } },
        create: {
          id: `demo-type-${coach.key}-${type.slug}`,
          practiceId,
          coachProfileId: profile.id,
          slug: type.slug,
          name: type.name,
          description: type.description,
          kind: type.kind,
          visibility: type.visibility,
          linkToken: type.linkToken ?? null,
          durationMinutes: type.durationMinutes,
          slotIntervalMinutes: 30,
          bufferAfterMinutes: 10,
          minimumNoticeMinutes: 12 * 60,
          maxSessionsPerDay: 6,
          locationKind: type.locationKind,
          locationDetail: type.locationDetail,
          intakeQuestions: type.intakeQuestions as never,
          changeWindowHours: type.changeWindowHours ?? 0,
          position,
        },
        update: {},
      });
      types.set(`${coach.key}:${type.slug}`, row);
    }
  }

  const anchor = Math.floor(Date.now() / DAY) * DAY; // today, 00:00 UTC
  const sessions = [
    {
      id: "priya",
      coach: "maya",
      type: "discovery",
      client: "priya",
      name: "Priya Nair",
      zone: "Asia/Kolkata",
      at: anchor + 2 * DAY + 10 * 3600_000,
      status: "CONFIRMED",
      answers: DISCOVERY_ANSWERS,
    },
    {
      id: "jordan",
      coach: "sam",
      type: "discovery",
      client: "jordan",
      name: "Jordan Lee",
      zone: "America/Chicago",
      at: anchor + 3 * DAY + 18 * 3600_000,
      status: "CONFIRMED",
      answers: DISCOVERY_ANSWERS,
    },
    {
      id: "alex",
      coach: "maya",
      type: "discovery",
      client: "alex",
      name: "Alex Morgan",
      zone: "Europe/Berlin",
      at: anchor - 5 * DAY + 11 * 3600_000,
      status: "COMPLETED",
      answers: DISCOVERY_ANSWERS,
    },
    // Taylor, a new lead, has a free discovery session with Maya tomorrow.
    {
      id: "taylor",
      coach: "maya",
      type: "discovery",
      client: "taylor",
      name: "Taylor Brooks",
      zone: "America/New_York",
      at: anchor + DAY + 15 * 3600_000,
      status: "CONFIRMED",
      answers: DISCOVERY_ANSWERS,
    },
    // Priya, Maya's client since her discovery session, has her next coaching session booked.
    {
      id: "priya-coaching",
      coach: "maya",
      type: "coaching-session",
      client: "priya",
      name: "Priya Nair",
      zone: "Asia/Kolkata",
      at: weekdayNextWeek(anchor, 10),
      status: "CONFIRMED",
      answers: [],
    },
  ] as const;
  for (const session of sessions) {
    const { email } = await db.user.findUniqueOrThrow({ where: { id: `demo-user-${session.client}` } });
    const client = await db.client.upsert({
      where: { practiceId_email: { practiceId, email } },
      create: {
        id: `demo-client-${session.client}`,
        practiceId,
        email,
        name: session.name,
        timeZone: session.zone,
        userId: `demo-user-${session.client}`,
        coachProfileId: coachIds.get(session.coach)!,
        status: "LEAD",
      },
      update: {},
    });
    const type = types.get(`${session.coach}:${session.type}`)!;
    const startAt = new Date(session.at);
    const endAt = new Date(session.at + type.durationMinutes * MINUTE);
    await db.booking.upsert({
      where: { uid: `demo-booking-${session.id}` },
      create: {
        uid: `demo-booking-${session.id}`,
        practiceId,
        coachProfileId: type.coachProfileId,
        sessionTypeId: type.id,
        locationKind: type.locationKind,
        locationDetail: type.locationDetail,
        clientId: client.id,
        startAt,
        endAt,
        blockedFrom: startAt,
        blockedUntil: new Date(endAt.getTime() + type.bufferAfterMinutes * MINUTE),
        status: session.status,
        bookerName: session.name,
        bookerEmail: email,
        bookerTimeZone: session.zone,
        answers: session.answers.map(({ id, question, answer }) => ({ id, question, answer })),
        manageTokenHash: `demo-not-a-real-token-${session.id}`,
      },
      update: {},
    });
  }
}
