import { manageUrlOf } from "~/modules/bookings/server/booking-notifications";
import { relativeTime } from "~/modules/clients/domain/caseload";
import { loadWorkspace } from "~/modules/outreach/server/workspace.service";
import { excerptOf } from "~/modules/reflections/domain/reflection-state";
import type { TenantContext } from "~/server/api/tenant-context";
import { BLOCK_ROWS, blockOf, daysBefore, RECENT_DAYS } from "../domain/blocks";
import { commentsForClient } from "../domain/coach-comments";
import { dueMessages } from "../domain/due-messages";
import * as repo from "./home.repo";
import { sessionRow } from "./session-rows";

// A client's home: each active project's Today (the workspace's own rule, so both say the same),
// the messages owed across them, the interviews coming up, the check-ins their coach asked for,
// what the coach said lately, and the sessions booked.

/** Each active project's workspace: Today, progress and the interviews, as the workspace computes them. */
async function projectsToday(ctx: TenantContext) {
  const projects = await repo.activeProjects(ctx.db, ctx.visible.ownProjects);
  return Promise.all(projects.map((project) => loadWorkspace(ctx, { projectId: project.id })));
}

type Workspace = Awaited<ReturnType<typeof projectsToday>>[number];

function upcomingInterviews(workspaces: readonly Workspace[]) {
  return workspaces
    .flatMap(({ project, tracks }) =>
      tracks.flatMap((track) =>
        track.contacts.flatMap((contact) =>
          contact.interviews
            .filter((interview) => !interview.happened)
            .map((interview) => ({
              id: interview.id,
              projectId: project.id,
              projectTitle: project.title,
              contactId: contact.id,
              contactName: contact.name,
              organisation: contact.organisation,
              occurredAt: interview.occurredAt,
              questions: interview.questions.length,
            })),
        ),
      ),
    )
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime());
}

async function coachComments(ctx: TenantContext, now: Date) {
  const since = daysBefore(now, RECENT_DAYS);
  const comments = commentsForClient(
    await repo.recentComments(ctx.db, ctx.visible.reflections, since),
    ctx.actor.userId,
    since,
  );
  const shown = comments.slice(0, BLOCK_ROWS);
  const authors = await repo.memberNames(ctx.db, [...new Set(shown.map((comment) => comment.authorUserId))]);
  return blockOf(
    shown.map((comment) => {
      const author = authors.find((member) => member.userId === comment.authorUserId);
      return {
        id: comment.id,
        interviewId: comment.reflection.interviewId,
        contactName: comment.reflection.interview.contact.name,
        projectTitle: comment.reflection.project.title,
        authorName: author ? (author.user.name ?? author.user.email) : "Your coach",
        excerpt: excerptOf([comment.body], 160),
        createdAt: comment.createdAt,
        ago: relativeTime(comment.createdAt, now),
        answered: comment.answered,
      };
    }),
    comments.length,
  );
}

export async function clientHome(ctx: TenantContext) {
  const now = ctx.clock.now();
  const [workspaces, closedProjects, checkIns, comments, sessions] = await Promise.all([
    projectsToday(ctx),
    repo.countClosedProjects(ctx.db, ctx.visible.ownProjects),
    repo.openCheckIns(ctx.db, ctx.visible.ownProjects),
    coachComments(ctx, now),
    repo.upcomingSessions(ctx.db, ctx.visible.bookings, { now }, BLOCK_ROWS),
  ]);
  return {
    kind: "client" as const,
    projects: workspaces.map(({ project, today, progress }) => ({
      id: project.id,
      title: project.title,
      timeZone: project.timeZone,
      date: today.date,
      goal: today.goal,
      streak: today.streak,
      progress: { interviewed: progress.interviewed, target: progress.target },
    })),
    closedProjects,
    due: blockOf(
      dueMessages(
        workspaces.map(({ project, today }) => ({
          projectId: project.id,
          projectTitle: project.title,
          timeZone: project.timeZone,
          today,
        })),
      ),
    ),
    interviews: blockOf(upcomingInterviews(workspaces)),
    checkIns: blockOf(
      checkIns.map((checkIn) => ({
        id: checkIn.id,
        projectId: checkIn.project.id,
        projectTitle: checkIn.project.title,
        requestedAt: checkIn.requestedAt,
        ago: relativeTime(checkIn.requestedAt, now),
      })),
    ),
    comments,
    sessions: blockOf(
      sessions.rows.map((session) => ({ ...sessionRow(session, "booker"), manageUrl: manageUrlOf(session.uid) })),
      sessions.count,
    ),
  };
}
