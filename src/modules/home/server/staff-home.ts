import { daysIdle, relativeTime } from "~/modules/clients/domain/caseload";
import { INGREDIENTS } from "~/modules/readiness/domain/readiness";
import { reviewQueue } from "~/modules/reflections/server/comments.service";
import type { TenantContext } from "~/server/api/tenant-context";
import { isAdminRole } from "~/server/auth/roles";
import { BLOCK_ROWS, blockOf, daysBefore, RECENT_DAYS } from "../domain/blocks";
import { planSummary } from "../domain/plan-summary";
import { sessionDay, todayAndTomorrow } from "../domain/session-days";
import { setupTasks } from "../domain/setup-tasks";
import * as repo from "./home.repo";
import { sessionRow } from "./session-rows";

// A coach's home, and an owner's or admin's: the same blocks, over what the caller may see (a
// coach their own clients and calendar, an admin the whole practice), plus for admins the setup
// still to do and the plan's standing.

async function sessionsBlock(ctx: TenantContext, zone: string, now: Date) {
  const days = todayAndTomorrow(now, zone);
  const sessions = await repo.upcomingSessions(ctx.db, ctx.visible.bookings, { now, before: days.endsAt }, BLOCK_ROWS);
  return blockOf(
    sessions.rows.map((session) => ({ ...sessionRow(session, "coach"), day: sessionDay(session.startAt, zone, days) })),
    sessions.count,
  );
}

async function reviewsBlock(ctx: TenantContext) {
  const queue = await reviewQueue(ctx, { cursor: null, limit: BLOCK_ROWS });
  return blockOf(
    queue.items.map((item) => ({
      id: item.id,
      interviewId: item.interviewId,
      clientName: item.clientName,
      contactName: item.contactName,
      projectTitle: item.projectTitle,
      submittedAt: item.submittedAt,
      waiting: item.waiting,
    })),
    queue.total,
  );
}

async function stalledBlock(ctx: TenantContext, now: Date) {
  const afterDays = ctx.practice.stalledAfterDays;
  const stalled = await repo.stalledProjects(ctx.db, ctx.visible.projects, daysBefore(now, afterDays), BLOCK_ROWS);
  return {
    afterDays,
    ...blockOf(
      stalled.rows.map((project) => ({
        projectId: project.id,
        projectTitle: project.title,
        clientId: project.client.id,
        clientName: project.client.name,
        coachName: project.coach.displayName,
        daysIdle: daysIdle(project.lastActivityAt, now),
      })),
      stalled.count,
    ),
  };
}

async function leadsBlock(ctx: TenantContext, now: Date) {
  const leads = await repo.newLeads(ctx.db, ctx.visible.clients, now, BLOCK_ROWS);
  return blockOf(
    leads.rows.map(({ bookings, coach, ...lead }) => ({
      ...lead,
      coachName: coach?.displayName ?? null,
      ago: relativeTime(lead.createdAt, now),
      nextSession: bookings[0] ? { startAt: bookings[0].startAt, sessionName: bookings[0].sessionType.name } : null,
    })),
    leads.count,
  );
}

async function checkInsBlock(ctx: TenantContext, now: Date) {
  const checkIns = await repo.answeredCheckIns(ctx.db, ctx.visible.projects, daysBefore(now, RECENT_DAYS), BLOCK_ROWS);
  return blockOf(
    checkIns.rows.map((checkIn) => ({
      id: checkIn.id,
      projectId: checkIn.project.id,
      projectTitle: checkIn.project.title,
      clientId: checkIn.project.client.id,
      clientName: checkIn.project.client.name,
      coachName: checkIn.project.coach.displayName,
      ago: checkIn.completedAt ? relativeTime(checkIn.completedAt, now) : null,
      ratings: INGREDIENTS.map(({ key, label }) => ({ label, value: checkIn[key] })),
    })),
    checkIns.count,
  );
}

async function adminBlocks(ctx: TenantContext, now: Date) {
  const facts = await repo.practiceFacts(ctx.db, now);
  const { brandColor, logoUrl } = ctx.practice;
  return {
    setup: setupTasks({ ...facts, branding: { brandColor, logoUrl } }),
    plan: planSummary(
      {
        standing: ctx.standing,
        trialEnd: facts.subscription?.trialEnd ?? null,
        currentPeriodEnd: facts.subscription?.currentPeriodEnd ?? null,
        cancelAtPeriodEnd: facts.subscription?.cancelAtPeriodEnd ?? false,
        coachesInUse: facts.coachMembers,
        activeClients: facts.activeClients,
      },
      now,
    ),
  };
}

export async function staffHome(ctx: TenantContext, zone: string) {
  const now = ctx.clock.now();
  const admin = isAdminRole(ctx.membership.role);
  const [sessions, reviews, stalled, leads, checkIns, setup] = await Promise.all([
    sessionsBlock(ctx, zone, now),
    reviewsBlock(ctx),
    stalledBlock(ctx, now),
    leadsBlock(ctx, now),
    checkInsBlock(ctx, now),
    admin ? adminBlocks(ctx, now) : null,
  ]);
  return {
    kind: "staff" as const,
    /** An admin's blocks cover every coach, so their rows name the coach. */
    wholePractice: admin,
    sessions,
    reviews,
    stalled,
    leads,
    checkIns,
    /** Owners' and admins' own: the setup still to do and the plan's standing. */
    admin: setup,
  };
}
