import type { Prisma } from "~/server/db/client";

// The columns of every archive section, as Prisma selects: what is read is exactly what is written
// (see ../domain/export-rows.ts). Secrets are left out here, by not being named: manage-link and
// session tokens, feed and calendar credentials, secret booking links, Stripe ids, email bodies
// (whose props held sign-in links). Person and practice archives share a section's select where
// they hold the same rows.

const practiceName = { practice: { select: { name: true } } } as const;
const projectTitle = { project: { select: { title: true } } } as const;

export const PROFILE_EXPORT = {
  id: true,
  name: true,
  email: true,
  emailVerified: true,
  timeZone: true,
  timeFormat: true,
  createdAt: true,
} as const satisfies Prisma.UserSelect;

export const SESSION_EXPORT = {
  deviceLabel: true,
  createdAt: true,
  lastUsedAt: true,
  expires: true,
} as const satisfies Prisma.SessionSelect;

export const MEMBERSHIP_EXPORT = {
  role: true,
  createdAt: true,
  removedAt: true,
  practice: { select: { name: true, slug: true } },
} as const satisfies Prisma.MembershipSelect;

export const MEMBER_EXPORT = {
  id: true,
  role: true,
  createdAt: true,
  removedAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const satisfies Prisma.MembershipSelect;

export const COACH_PROFILE_EXPORT = {
  id: true,
  displayName: true,
  slug: true,
  headline: true,
  timeZone: true,
  bookingEnabled: true,
  weeklyHours: true,
  dateOverrides: true,
  createdAt: true,
  ...practiceName,
} as const satisfies Prisma.CoachProfileSelect;

export const CLIENT_EXPORT = {
  id: true,
  name: true,
  email: true,
  timeZone: true,
  status: true,
  createdAt: true,
  coach: { select: { displayName: true } },
  ...practiceName,
} as const satisfies Prisma.ClientSelect;

export const BOOKING_EXPORT = {
  id: true,
  startAt: true,
  endAt: true,
  status: true,
  bookerName: true,
  bookerEmail: true,
  bookerPhone: true,
  bookerTimeZone: true,
  answers: true,
  locationKind: true,
  locationDetail: true,
  cancelledAt: true,
  cancelledBy: true,
  cancelReason: true,
  rescheduleCount: true,
  createdAt: true,
  client: { select: { id: true } },
  coach: { select: { displayName: true } },
  sessionType: { select: { name: true } },
  ...practiceName,
} as const satisfies Prisma.BookingSelect;

export const PROJECT_EXPORT = {
  id: true,
  title: true,
  northStar: true,
  dueDate: true,
  status: true,
  outreachGoalCount: true,
  outreachGoalPeriod: true,
  questionBank: true,
  synthesis: true,
  decision: true,
  synthesisAt: true,
  closedAt: true,
  createdAt: true,
  client: { select: { id: true, name: true } },
  coach: { select: { displayName: true } },
  ...practiceName,
} as const satisfies Prisma.ProjectSelect;

export const TRACK_EXPORT = {
  id: true,
  name: true,
  targetCount: true,
  position: true,
  ...projectTitle,
} as const satisfies Prisma.ProjectTrackSelect;

export const CONTACT_EXPORT = {
  id: true,
  name: true,
  role: true,
  organisation: true,
  howFound: true,
  link: true,
  status: true,
  firstContactedAt: true,
  lastContactedAt: true,
  nextFollowUpOn: true,
  followUpCount: true,
  interviewedAt: true,
  thankedAt: true,
  referrerToldAt: true,
  createdAt: true,
  track: { select: { name: true } },
  referredBy: { select: { name: true } },
  ...projectTitle,
} as const satisfies Prisma.ContactSelect;

export const OUTREACH_EXPORT = {
  id: true,
  kind: true,
  channel: true,
  subject: true,
  message: true,
  sentAt: true,
  contact: { select: { name: true } },
  ...projectTitle,
} as const satisfies Prisma.OutreachEventSelect;

export const INTERVIEW_EXPORT = {
  id: true,
  occurredAt: true,
  chosenQuestions: true,
  notes: true,
  contact: { select: { name: true } },
  ...projectTitle,
} as const satisfies Prisma.InterviewSelect;

/** reflections.md reads these columns (../domain/reflections-markdown.ts). */
export const REFLECTION_EXPORT = {
  id: true,
  status: true,
  isPrivate: true,
  resonance: true,
  learned: true,
  feelingBody: true,
  feelingThoughts: true,
  feelingFirst: true,
  surprises: true,
  recommendedPeople: true,
  nextStep: true,
  startedAt: true,
  submittedAt: true,
  reviewedAt: true,
  project: { select: { title: true, practice: { select: { name: true } } } },
  interview: {
    select: {
      occurredAt: true,
      contact: { select: { name: true, role: true, organisation: true, track: { select: { name: true } } } },
    },
  },
} as const satisfies Prisma.ReflectionSelect;

/** Comments name no author relation: the repository adds `author` from the users it reads. */
export const COMMENT_EXPORT = {
  id: true,
  reflectionId: true,
  parentId: true,
  authorUserId: true,
  body: true,
  createdAt: true,
} as const satisfies Prisma.ReflectionCommentSelect;

export const COMMENT_COLUMNS = { ...COMMENT_EXPORT, author: { select: { name: true } } } as const;

export const CHECK_IN_EXPORT = {
  id: true,
  requestedAt: true,
  completedAt: true,
  hope: true,
  time: true,
  energy: true,
  selfEsteem: true,
  ambition: true,
  note: true,
  fears: true,
  ...projectTitle,
} as const satisfies Prisma.ReadinessCheckInSelect;

export const OPT_OUT_EXPORT = {
  email: true,
  category: true,
  createdAt: true,
  ...practiceName,
} as const satisfies Prisma.EmailOptOutSelect;

export const EMAIL_LOG_EXPORT = {
  to: true,
  template: true,
  status: true,
  createdAt: true,
  sentAt: true,
  ...practiceName,
} as const satisfies Prisma.EmailMessageSelect;

// Only in a practice's archive.

export const PRACTICE_EXPORT = {
  id: true,
  name: true,
  slug: true,
  timeZone: true,
  brandColor: true,
  logoUrl: true,
  stalledAfterDays: true,
  createdAt: true,
} as const satisfies Prisma.PracticeSelect;

export const SUBSCRIPTION_EXPORT = {
  status: true,
  seatQuantity: true,
  currentPeriodStart: true,
  currentPeriodEnd: true,
  trialEnd: true,
  cancelAtPeriodEnd: true,
  endedAt: true,
} as const satisfies Prisma.PracticeSubscriptionSelect;

export const INVITATION_EXPORT = {
  email: true,
  role: true,
  expiresAt: true,
  acceptedAt: true,
  revokedAt: true,
  createdAt: true,
} as const satisfies Prisma.InvitationSelect;

export const SESSION_TYPE_EXPORT = {
  id: true,
  name: true,
  slug: true,
  description: true,
  kind: true,
  visibility: true,
  durationMinutes: true,
  slotIntervalMinutes: true,
  bufferBeforeMinutes: true,
  bufferAfterMinutes: true,
  minimumNoticeMinutes: true,
  horizonDays: true,
  maxSessionsPerDay: true,
  locationKind: true,
  locationDetail: true,
  intakeQuestions: true,
  reminderMinutesBefore: true,
  changeWindowHours: true,
  archivedAt: true,
  coach: { select: { displayName: true } },
} as const satisfies Prisma.SessionTypeSelect;

export const CALENDAR_EXPORT = {
  kind: true,
  label: true,
  allDayEventsBlock: true,
  lastSuccessAt: true,
  createdAt: true,
  coach: { select: { displayName: true } },
} as const satisfies Prisma.CalendarConnectionSelect;

export const COACH_NOTE_EXPORT = {
  id: true,
  authorUserId: true,
  body: true,
  sharedWithTeam: true,
  createdAt: true,
  updatedAt: true,
  client: { select: { id: true, name: true } },
  booking: { select: { startAt: true } },
} as const satisfies Prisma.CoachNoteSelect;

export const PROJECT_TEMPLATE_EXPORT = {
  id: true,
  name: true,
  description: true,
  tracks: true,
  questionBank: true,
  outreachGoalCount: true,
  outreachGoalPeriod: true,
  createdAt: true,
} as const satisfies Prisma.ProjectTemplateSelect;

export const OUTREACH_TEMPLATE_EXPORT = {
  id: true,
  name: true,
  kind: true,
  subject: true,
  body: true,
  createdAt: true,
} as const satisfies Prisma.OutreachTemplateSelect;

export const AUDIT_EXPORT = {
  action: true,
  targetType: true,
  targetId: true,
  data: true,
  createdAt: true,
  actor: { select: { name: true } },
} as const satisfies Prisma.AuditEventSelect;
