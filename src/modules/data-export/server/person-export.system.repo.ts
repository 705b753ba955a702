import { prisma, type Prisma } from "~/server/db/client";
import {
  BOOKING_EXPORT,
  CHECK_IN_EXPORT,
  CLIENT_EXPORT,
  COACH_PROFILE_EXPORT,
  COMMENT_COLUMNS,
  COMMENT_EXPORT,
  CONTACT_EXPORT,
  EMAIL_LOG_EXPORT,
  INTERVIEW_EXPORT,
  MEMBERSHIP_EXPORT,
  OPT_OUT_EXPORT,
  OUTREACH_EXPORT,
  PROFILE_EXPORT,
  PROJECT_EXPORT,
  REFLECTION_EXPORT,
  SESSION_EXPORT,
  TRACK_EXPORT,
} from "./export-selects";
import { sectionSource, withAuthors, type SectionSource } from "./export-sources";

// Everything held about one person, across practices, so it reads through the global client: what
// they are as a user (profile, sessions, memberships, coach profiles), and what they are as a client,
// found by their account or by their (verified) sign-in address, which is how a visitor's bookings
// and a client added by a coach before they ever signed in are theirs. Nothing here is reached
// from another client: every row hangs off one of the person's own client rows, their address or their id.

export interface ExportPerson {
  id: string;
  email: string;
}

const sameAddress = (email: string) => ({ equals: email, mode: "insensitive" as const });

function scopeOf(person: ExportPerson) {
  const client: Prisma.ClientWhereInput = { OR: [{ userId: person.id }, { email: sameAddress(person.email) }] };
  const project: Prisma.ProjectWhereInput = { client };
  const booking: Prisma.BookingWhereInput = { OR: [{ client }, { bookerEmail: sameAddress(person.email) }] };
  return { client, project, booking };
}

export function personSections(person: ExportPerson): SectionSource[] {
  const { client, project, booking } = scopeOf(person);
  const user = { userId: person.id };
  const address = sameAddress(person.email);
  return [
    sectionSource(
      "profile",
      "Your profile",
      PROFILE_EXPORT,
      () => prisma.user.count({ where: { id: person.id } }),
      () => prisma.user.findMany({ where: { id: person.id }, select: PROFILE_EXPORT }),
    ),
    sectionSource(
      "sessions",
      "Browsers signed in to your account",
      SESSION_EXPORT,
      () => prisma.session.count({ where: user }),
      () => prisma.session.findMany({ where: user, select: SESSION_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
    sectionSource(
      "memberships",
      "Practices you belong or belonged to",
      MEMBERSHIP_EXPORT,
      () => prisma.membership.count({ where: user }),
      () => prisma.membership.findMany({ where: user, select: MEMBERSHIP_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
    sectionSource(
      "coach-profiles",
      "Your booking pages as a coach",
      COACH_PROFILE_EXPORT,
      () => prisma.coachProfile.count({ where: { membership: user } }),
      () => prisma.coachProfile.findMany({ where: { membership: user }, select: COACH_PROFILE_EXPORT }),
    ),
    sectionSource(
      "client-records",
      "You as a client of each practice",
      CLIENT_EXPORT,
      () => prisma.client.count({ where: client }),
      () => prisma.client.findMany({ where: client, select: CLIENT_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
    sectionSource(
      "bookings",
      "Sessions you booked or were booked for",
      BOOKING_EXPORT,
      () => prisma.booking.count({ where: booking }),
      () => prisma.booking.findMany({ where: booking, select: BOOKING_EXPORT, orderBy: { startAt: "asc" } }),
    ),
    sectionSource(
      "projects",
      "Your interview projects",
      PROJECT_EXPORT,
      () => prisma.project.count({ where: project }),
      () => prisma.project.findMany({ where: project, select: PROJECT_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
    sectionSource(
      "tracks",
      "The fields of each project",
      TRACK_EXPORT,
      () => prisma.projectTrack.count({ where: { project } }),
      () => prisma.projectTrack.findMany({ where: { project }, select: TRACK_EXPORT, orderBy: { position: "asc" } }),
    ),
    sectionSource(
      "contacts",
      "The people you planned to reach",
      CONTACT_EXPORT,
      () => prisma.contact.count({ where: { project } }),
      () => prisma.contact.findMany({ where: { project }, select: CONTACT_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
    sectionSource(
      "outreach",
      "The messages you logged",
      OUTREACH_EXPORT,
      () => prisma.outreachEvent.count({ where: { project } }),
      () => prisma.outreachEvent.findMany({ where: { project }, select: OUTREACH_EXPORT, orderBy: { sentAt: "asc" } }),
    ),
    sectionSource(
      "interviews",
      "Your interviews",
      INTERVIEW_EXPORT,
      () => prisma.interview.count({ where: { project } }),
      () => prisma.interview.findMany({ where: { project }, select: INTERVIEW_EXPORT, orderBy: { occurredAt: "asc" } }),
    ),
    sectionSource(
      "reflections",
      "Your reflections, private ones and drafts included",
      REFLECTION_EXPORT,
      () => prisma.reflection.count({ where: { project } }),
      () =>
        prisma.reflection.findMany({
          where: { project },
          select: REFLECTION_EXPORT,
          orderBy: [{ projectId: "asc" }, { interview: { occurredAt: "asc" } }],
        }),
    ),
    sectionSource(
      "comments",
      "Comments on your reflections",
      COMMENT_COLUMNS,
      () => prisma.reflectionComment.count({ where: { reflection: { project } } }),
      async () => {
        const comments = await prisma.reflectionComment.findMany({
          where: { reflection: { project } },
          select: COMMENT_EXPORT,
          orderBy: { createdAt: "asc" },
        });
        const authorIds = [...new Set(comments.map((comment) => comment.authorUserId))];
        const authors = await prisma.user.findMany({
          where: { id: { in: authorIds } },
          select: { id: true, name: true },
        });
        return withAuthors(comments, authors);
      },
    ),
    sectionSource(
      "check-ins",
      "Your readiness check-ins",
      CHECK_IN_EXPORT,
      () => prisma.readinessCheckIn.count({ where: { project } }),
      () =>
        prisma.readinessCheckIn.findMany({
          where: { project },
          select: CHECK_IN_EXPORT,
          orderBy: { requestedAt: "asc" },
        }),
    ),
    sectionSource(
      "email-preferences",
      "Kinds of email you turned off",
      OPT_OUT_EXPORT,
      () => prisma.emailOptOut.count({ where: { email: address } }),
      () => prisma.emailOptOut.findMany({ where: { email: address }, select: OPT_OUT_EXPORT }),
    ),
    sectionSource(
      "emails",
      "Emails sent to you",
      EMAIL_LOG_EXPORT,
      () => prisma.emailMessage.count({ where: { to: address } }),
      () =>
        prisma.emailMessage.findMany({
          where: { to: address },
          select: EMAIL_LOG_EXPORT,
          orderBy: { createdAt: "asc" },
        }),
    ),
  ];
}

/** The practices holding anything about the person: where their export is audited. */
export async function practicesHolding(person: ExportPerson): Promise<string[]> {
  const { client, booking } = scopeOf(person);
  const practices = await prisma.practice.findMany({
    where: {
      OR: [
        { memberships: { some: { userId: person.id } } },
        { clients: { some: client } },
        { bookings: { some: booking } },
      ],
    },
    select: { id: true },
  });
  return practices.map((practice) => practice.id);
}
