import type { Prisma } from "~/server/db/client";
import type { TenantDb } from "~/server/db/tenant";
import type { ReflectionAnswers } from "../schemas";

// Every query takes the role filter (ctx.visible.projects / ownProjects / reflections, from
// src/server/api/visibility.ts) from the service and spreads it into its `where`, so a row
// outside the caller's reach is simply not found.

const reflectionFields = {
  id: true,
  learned: true,
  feelingBody: true,
  feelingThoughts: true,
  feelingFirst: true,
  resonance: true,
  surprises: true,
  recommendedPeople: true,
  nextStep: true,
  status: true,
  isPrivate: true,
  startedAt: true,
  submittedAt: true,
  reviewedAt: true,
  reviewedById: true,
  updatedAt: true,
} as const;

const projectPeople = {
  id: true,
  title: true,
  status: true,
  client: { select: { name: true, email: true, userId: true } },
  coach: { select: { displayName: true, membership: { select: { user: { select: { email: true, name: true } } } } } },
} as const;

/** An interview with everything its reflection page shows; null when outside `where`. */
export function findInterviewPage(db: TenantDb, interviewId: string, where: Prisma.InterviewWhereInput) {
  return db.interview.findFirst({
    where: { AND: [{ id: interviewId }, where] },
    select: {
      id: true,
      occurredAt: true,
      chosenQuestions: true,
      notes: true,
      contact: {
        select: {
          id: true,
          name: true,
          role: true,
          organisation: true,
          link: true,
          track: { select: { id: true, name: true } },
          referrals: { select: { id: true, name: true }, orderBy: { createdAt: "asc" } },
        },
      },
      project: {
        select: {
          ...projectPeople,
          northStar: true,
          tracks: { select: { id: true, name: true, targetCount: true }, orderBy: { position: "asc" } },
        },
      },
      reflection: { select: reflectionFields },
    },
  });
}

/** Which track each interview of a project belongs to (a project has tens of them, not thousands). */
export async function interviewTracks(db: TenantDb, projectId: string) {
  const rows = await db.interview.findMany({
    where: { projectId },
    select: { contact: { select: { trackId: true } } },
  });
  return rows.map((row) => row.contact.trackId);
}

export function upsertReflectionAnswers(
  db: TenantDb,
  target: { interviewId: string; projectId: string },
  answers: ReflectionAnswers,
  extra: Pick<Prisma.ReflectionUncheckedUpdateInput, "startedAt" | "status" | "isPrivate" | "submittedAt">,
) {
  return db.reflection.upsert({
    where: { interviewId: target.interviewId },
    create: { ...answers, ...(extra as object), ...target, practiceId: db.practiceId },
    update: { ...answers, ...extra },
    select: reflectionFields,
  });
}

export function touchProjectActivity(db: TenantDb, projectId: string, at: Date) {
  return db.project.update({ where: { id: projectId }, data: { lastActivityAt: at }, select: { id: true } });
}

/** A reflection with who wrote it and who coaches them; null when outside `where`. */
export function findReflection(db: TenantDb, reflectionId: string, where: Prisma.ReflectionWhereInput) {
  return db.reflection.findFirst({
    where: { AND: [{ id: reflectionId }, where] },
    select: {
      ...reflectionFields,
      interviewId: true,
      interview: { select: { contact: { select: { name: true } } } },
      project: { select: projectPeople },
    },
  });
}

export function markReviewed(db: TenantDb, reflectionId: string, by: { userId: string; at: Date }) {
  return db.reflection.update({
    where: { id: reflectionId },
    data: { status: "REVIEWED", reviewedAt: by.at, reviewedById: by.userId },
    select: { id: true, status: true, reviewedAt: true },
  });
}

export function listComments(db: TenantDb, reflectionId: string) {
  return db.reflectionComment.findMany({
    where: { reflectionId },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, parentId: true, body: true, createdAt: true, authorUserId: true },
  });
}

export function findComment(db: TenantDb, reflectionId: string, commentId: string) {
  return db.reflectionComment.findFirst({ where: { id: commentId, reflectionId }, select: { id: true } });
}

export function insertComment(
  db: TenantDb,
  { at, ...data }: { reflectionId: string; authorUserId: string; parentId: string | null; body: string; at: Date },
) {
  return db.reflectionComment.create({
    data: { ...data, createdAt: at, practiceId: db.practiceId },
    select: { id: true, parentId: true, body: true, createdAt: true, authorUserId: true },
  });
}

/** Names and roles of this practice's members among `userIds` (comment authors). */
export function membersByUserId(db: TenantDb, userIds: string[]) {
  return db.membership.findMany({
    where: { userId: { in: userIds } },
    select: { userId: true, role: true, user: { select: { name: true, email: true } } },
  });
}

export function insertReferredContact(
  db: TenantDb,
  data: {
    projectId: string;
    trackId: string;
    referredById: string;
    name: string;
    role: string | null;
    organisation: string | null;
    howFound: string;
  },
) {
  return db.contact.create({
    data: { ...data, practiceId: db.practiceId },
    select: { id: true, name: true },
  });
}

const queueSelect = {
  id: true,
  interviewId: true,
  resonance: true,
  submittedAt: true,
  learned: true,
  interview: {
    select: { occurredAt: true, contact: { select: { name: true, track: { select: { name: true } } } } },
  },
  project: { select: { id: true, title: true, client: { select: { name: true } } } },
} as const;

/** Shared reflections waiting for review, oldest first, one page (`limit + 1` rows tell if there is more). */
export function reviewQueuePage(
  db: TenantDb,
  where: Prisma.ReflectionWhereInput,
  page: { cursor?: string | null; limit: number },
) {
  return db.reflection.findMany({
    where: { AND: [where, { status: "SUBMITTED" }] },
    orderBy: [{ submittedAt: "asc" }, { id: "asc" }],
    take: page.limit + 1,
    ...(page.cursor ? { cursor: { id: page.cursor }, skip: 1 } : {}),
    select: queueSelect,
  });
}

export function countReviewQueue(db: TenantDb, where: Prisma.ReflectionWhereInput) {
  return db.reflection.count({ where: { AND: [where, { status: "SUBMITTED" }] } });
}

/** A project with all it takes to lay its tracks side by side; reflections limited to `reflectionWhere`. */
export function findSynthesisProject(
  db: TenantDb,
  projectId: string,
  projectWhere: Prisma.ProjectWhereInput,
  reflectionWhere: Prisma.ReflectionWhereInput,
) {
  return db.project.findFirst({
    where: { AND: [{ id: projectId }, projectWhere] },
    select: {
      ...projectPeople,
      northStar: true,
      synthesis: true,
      decision: true,
      synthesisAt: true,
      closedAt: true,
      tracks: { select: { id: true, name: true, targetCount: true }, orderBy: { position: "asc" } },
      contacts: {
        select: { id: true, name: true, role: true, organisation: true, referredById: true, trackId: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      },
      interviews: {
        select: {
          id: true,
          occurredAt: true,
          contact: { select: { name: true, role: true, organisation: true, trackId: true } },
        },
        orderBy: [{ occurredAt: "asc" }, { id: "asc" }],
      },
      // Filtered here, not through `interviews`, so a private reflection never reaches staff.
      reflections: { where: reflectionWhere, select: { ...reflectionFields, interviewId: true } },
    },
  });
}

export function findProject(db: TenantDb, projectId: string, where: Prisma.ProjectWhereInput) {
  return db.project.findFirst({
    where: { AND: [{ id: projectId }, where] },
    select: { id: true, status: true, closedAt: true },
  });
}

export function updateProject(
  db: TenantDb,
  projectId: string,
  data: Pick<Prisma.ProjectUpdateInput, "synthesis" | "decision" | "synthesisAt" | "status" | "closedAt">,
) {
  return db.project.update({
    where: { id: projectId },
    data,
    select: { id: true, status: true, closedAt: true, synthesis: true, decision: true, synthesisAt: true },
  });
}
