import { visibilityOf } from "~/server/api/visibility";
import { tenantDb } from "~/server/db/tenant";
import {
  AUDIT_EXPORT,
  BOOKING_EXPORT,
  CALENDAR_EXPORT,
  CHECK_IN_EXPORT,
  CLIENT_EXPORT,
  COACH_NOTE_EXPORT,
  COACH_PROFILE_EXPORT,
  COMMENT_COLUMNS,
  COMMENT_EXPORT,
  CONTACT_EXPORT,
  EMAIL_LOG_EXPORT,
  INTERVIEW_EXPORT,
  INVITATION_EXPORT,
  MEMBER_EXPORT,
  OPT_OUT_EXPORT,
  OUTREACH_EXPORT,
  OUTREACH_TEMPLATE_EXPORT,
  PRACTICE_EXPORT,
  PROJECT_EXPORT,
  PROJECT_TEMPLATE_EXPORT,
  REFLECTION_EXPORT,
  SESSION_TYPE_EXPORT,
  SUBSCRIPTION_EXPORT,
  TRACK_EXPORT,
} from "./export-selects";
import { sectionSource, withAuthors, type SectionSource } from "./export-sources";

// A whole practice for its owner, through the practice's tenant layer (every query pinned to it)
// and the owner's own visibility: reflections a client kept private or has not shared, and coach
// notes their authors did not share with the team, are no more the owner's in an archive than on a page.

export interface ExportOwner {
  practiceId: string;
  membershipId: string;
  userId: string;
}

export function practiceSections(owner: ExportOwner): SectionSource[] {
  const db = tenantDb(owner.practiceId);
  const visible = visibilityOf({ id: owner.membershipId, role: "OWNER" }, { userId: owner.userId });
  return [
    sectionSource(
      "practice",
      "The practice",
      PRACTICE_EXPORT,
      () => db.practice.count(),
      () => db.practice.findMany({ select: PRACTICE_EXPORT }),
    ),
    sectionSource(
      "subscription",
      "The plan as last read from Stripe",
      SUBSCRIPTION_EXPORT,
      () => db.practiceSubscription.count(),
      () => db.practiceSubscription.findMany({ select: SUBSCRIPTION_EXPORT }),
    ),
    sectionSource(
      "members",
      "Members and their roles",
      MEMBER_EXPORT,
      () => db.membership.count(),
      () => db.membership.findMany({ select: MEMBER_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
    sectionSource(
      "invitations",
      "Invitations",
      INVITATION_EXPORT,
      () => db.invitation.count(),
      () => db.invitation.findMany({ select: INVITATION_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
    sectionSource(
      "coach-profiles",
      "Coaches' booking pages and weekly hours",
      COACH_PROFILE_EXPORT,
      () => db.coachProfile.count(),
      () => db.coachProfile.findMany({ select: COACH_PROFILE_EXPORT }),
    ),
    sectionSource(
      "session-types",
      "Kinds of session offered",
      SESSION_TYPE_EXPORT,
      () => db.sessionType.count(),
      () => db.sessionType.findMany({ select: SESSION_TYPE_EXPORT, orderBy: { position: "asc" } }),
    ),
    sectionSource(
      "calendar-connections",
      "Calendars coaches connected (names only, no credentials)",
      CALENDAR_EXPORT,
      () => db.calendarConnection.count(),
      () => db.calendarConnection.findMany({ select: CALENDAR_EXPORT }),
    ),
    sectionSource(
      "clients",
      "Clients and leads",
      CLIENT_EXPORT,
      () => db.client.count(),
      () => db.client.findMany({ select: CLIENT_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
    sectionSource(
      "bookings",
      "Sessions",
      BOOKING_EXPORT,
      () => db.booking.count(),
      () => db.booking.findMany({ select: BOOKING_EXPORT, orderBy: { startAt: "asc" } }),
    ),
    sectionSource(
      "projects",
      "Interview projects",
      PROJECT_EXPORT,
      () => db.project.count(),
      () => db.project.findMany({ select: PROJECT_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
    sectionSource(
      "tracks",
      "The fields of each project",
      TRACK_EXPORT,
      () => db.projectTrack.count(),
      () => db.projectTrack.findMany({ select: TRACK_EXPORT, orderBy: [{ projectId: "asc" }, { position: "asc" }] }),
    ),
    sectionSource(
      "contacts",
      "The people clients planned to reach",
      CONTACT_EXPORT,
      () => db.contact.count(),
      () => db.contact.findMany({ select: CONTACT_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
    sectionSource(
      "outreach",
      "Outreach clients logged",
      OUTREACH_EXPORT,
      () => db.outreachEvent.count(),
      () => db.outreachEvent.findMany({ select: OUTREACH_EXPORT, orderBy: { sentAt: "asc" } }),
    ),
    sectionSource(
      "interviews",
      "Interviews",
      INTERVIEW_EXPORT,
      () => db.interview.count(),
      () => db.interview.findMany({ select: INTERVIEW_EXPORT, orderBy: { occurredAt: "asc" } }),
    ),
    sectionSource(
      "reflections",
      "Reflections clients shared",
      REFLECTION_EXPORT,
      () => db.reflection.count({ where: visible.reflections }),
      () =>
        db.reflection.findMany({
          where: visible.reflections,
          select: REFLECTION_EXPORT,
          orderBy: [{ projectId: "asc" }, { interview: { occurredAt: "asc" } }],
        }),
    ),
    sectionSource(
      "comments",
      "Comments on shared reflections",
      COMMENT_COLUMNS,
      () => db.reflectionComment.count({ where: { reflection: visible.reflections } }),
      async () => {
        const comments = await db.reflectionComment.findMany({
          where: { reflection: visible.reflections },
          select: COMMENT_EXPORT,
          orderBy: { createdAt: "asc" },
        });
        const members = await db.membership.findMany({ select: { user: { select: { id: true, name: true } } } });
        return withAuthors(
          comments,
          members.map((member) => member.user),
        );
      },
    ),
    sectionSource(
      "check-ins",
      "Readiness check-ins",
      CHECK_IN_EXPORT,
      () => db.readinessCheckIn.count(),
      () => db.readinessCheckIn.findMany({ select: CHECK_IN_EXPORT, orderBy: { requestedAt: "asc" } }),
    ),
    sectionSource(
      "coach-notes",
      "Coach notes: yours, and those shared with the team",
      COACH_NOTE_EXPORT,
      () => db.coachNote.count({ where: visible.coachNotes }),
      () =>
        db.coachNote.findMany({ where: visible.coachNotes, select: COACH_NOTE_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
    sectionSource(
      "project-templates",
      "Project templates",
      PROJECT_TEMPLATE_EXPORT,
      () => db.projectTemplate.count(),
      () => db.projectTemplate.findMany({ select: PROJECT_TEMPLATE_EXPORT }),
    ),
    sectionSource(
      "outreach-templates",
      "Outreach message templates",
      OUTREACH_TEMPLATE_EXPORT,
      () => db.outreachTemplate.count(),
      () => db.outreachTemplate.findMany({ select: OUTREACH_TEMPLATE_EXPORT }),
    ),
    sectionSource(
      "email-preferences",
      "Kinds of email people turned off",
      OPT_OUT_EXPORT,
      () => db.emailOptOut.count(),
      () => db.emailOptOut.findMany({ select: OPT_OUT_EXPORT }),
    ),
    sectionSource(
      "emails",
      "Emails the practice sent",
      EMAIL_LOG_EXPORT,
      () => db.emailMessage.count(),
      () => db.emailMessage.findMany({ select: EMAIL_LOG_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
    sectionSource(
      "audit-log",
      "Who changed what (ids and codes only)",
      AUDIT_EXPORT,
      () => db.auditEvent.count(),
      () => db.auditEvent.findMany({ select: AUDIT_EXPORT, orderBy: { createdAt: "asc" } }),
    ),
  ];
}
