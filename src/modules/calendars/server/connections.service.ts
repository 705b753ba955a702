import { env } from "~/env";
import { coachToManage, managedCoaches, managedCoachMembership } from "~/modules/scheduling/server/coach-access";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError, notFound } from "~/server/errors";
import { calendarFailureSentence, isFailingLong } from "../domain/calendar-failure";
import type { ConnectCaldavInput, ConnectFeedInput, UpdateCalendarInput } from "../schemas";
import { CALENDAR_REFRESH_JOB, SESSION_COPY_JOB } from "./calendar-jobs";
import { calendarFailureOf } from "./calendar-read-error";
import { claimConnection } from "./calendar-refresh.system.repo";
import { refreshConnection } from "./calendar-refresh";
import { discoverCalendars } from "./caldav-client";
import type { CalendarsView, ConnectionView } from "./calendars-view";
import { sealCredentials } from "./credentials";
import { googleConfigFromEnv } from "./google-http";
import { listCalendars } from "./google-calendar";
import { exchangeCode, googleAuthorizationUrl } from "./google-oauth";
import { googleState, googleRedirectUri, readGoogleState } from "./google-connect";
import * as repo from "./connections.repo";
import { sessionFeedUrl } from "./session-feed.service";

const MINUTE_MS = 60_000;
// A first read on connect gets the fetcher's full deadline; the lease outlasts it so no worker reads alongside.
const CONNECT_LEASE_MS = 2 * MINUTE_MS;

export const refreshSettings = () => ({ refreshMinutes: env.CALENDAR_REFRESH_MINUTES, google: googleConfigFromEnv() });

function connectionView(row: repo.ConnectionRow, counts: Map<string, number>, now: Date): ConnectionView {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    allDayEventsBlock: row.allDayEventsBlock,
    lastSuccessAt: row.lastSuccessAt,
    lastAttemptAt: row.lastAttemptAt,
    nextRefreshAt: row.nextRefreshAt,
    busyBlockCount: row.sources.reduce((sum, source) => sum + (counts.get(source.id) ?? 0), 0),
    error: row.lastErrorCode ? { code: row.lastErrorCode, message: calendarFailureSentence(row.lastErrorCode) } : null,
    failingSince: row.failingSince,
    failingLong: isFailingLong(row.failingSince, now),
    calendars: row.sources.map((source) => ({
      id: source.id,
      displayName: source.displayName,
      blocksTime: source.blocksTime,
      receivesSessions: source.receivesSessions,
      canReceiveSessions: row.kind !== "ICS_FEED",
    })),
  };
}

async function coachOrSetUpFirst(ctx: TenantContext, coachProfileId: string | undefined) {
  const coach = await coachToManage(ctx, coachProfileId);
  if (!coach) {
    throw new AppError("CONFLICT", "Save your availability first: calendars keep your booking page's hours honest.");
  }
  return coach;
}

export async function calendarsOverview(
  ctx: TenantContext,
  input: { coachProfileId?: string },
): Promise<CalendarsView> {
  const coach = await coachToManage(ctx, input.coachProfileId);
  const coaches = await managedCoaches(ctx);
  const now = ctx.clock.now();
  const rows = coach ? await repo.listConnections(ctx.db, coach.id) : [];
  const counts = coach ? await repo.busyBlockCounts(ctx.db, coach.id) : new Map<string, number>();
  return {
    coach: coach && { id: coach.id, displayName: coach.displayName, timeZone: coach.timeZone },
    coaches: coaches.map(({ id, displayName }) => ({ id, displayName })),
    connections: rows.map((row) => connectionView(row, counts, now)),
    googleAvailable: googleConfigFromEnv() !== null,
    sessionFeedUrl: coach ? await sessionFeedUrl(ctx, coach.id) : null,
    refreshMinutes: env.CALENDAR_REFRESH_MINUTES,
  };
}

/**
 * Stores a new connection, then reads it once at once (outside any transaction: it may take seconds). A connection
 * that cannot be read at all is removed again and the coach told why, beside the field it is about, so nothing
 * half-made is left behind.
 */
async function createAndRead(
  ctx: TenantContext,
  connection: Parameters<typeof repo.createConnection>[1],
  failureField: string,
): Promise<ConnectionView> {
  const now = ctx.clock.now();
  const created = await repo.createConnection(ctx.db, connection);
  await claimConnection(created.id, now, new Date(now.getTime() + CONNECT_LEASE_MS));
  const outcome = await refreshConnection(created.id, now, refreshSettings());
  const row = await repo.findManagedConnection(ctx.db, created.id, null);
  if (outcome === "failed" && row?.lastErrorCode) {
    await repo.deleteConnection(ctx.db, created.id);
    const message = calendarFailureSentence(row.lastErrorCode);
    throw new AppError("BAD_REQUEST", message, { [failureField]: message });
  }
  if (!row) throw notFound("That calendar");
  return connectionView(row, await repo.busyBlockCounts(ctx.db, connection.coachProfileId), now);
}

const hostOf = (url: string) => new URL(url).host;

export async function connectFeed(ctx: TenantContext, input: ConnectFeedInput) {
  const coach = await coachOrSetUpFirst(ctx, input.coachProfileId);
  return createAndRead(
    ctx,
    {
      coachProfileId: coach.id,
      kind: "ICS_FEED",
      label: `Subscription from ${hostOf(input.url)}`,
      sealedCredentials: sealCredentials("ICS_FEED", { url: input.url }),
      allDayEventsBlock: input.allDayEventsBlock,
      sources: [{ remoteId: "feed", displayName: "Subscribed calendar", blocksTime: true }],
    },
    "url",
  );
}

// Which field a CalDAV discovery failure is about, so the message sits beside it.
const CALDAV_FIELDS: Record<string, string> = { wrong_password: "password", forbidden: "username" };

export async function connectCaldav(ctx: TenantContext, input: ConnectCaldavInput) {
  const coach = await coachOrSetUpFirst(ctx, input.coachProfileId);
  const account = { serverUrl: input.serverUrl, username: input.username, password: input.password };
  let calendars;
  try {
    calendars = (await discoverCalendars(account)).filter((calendar) => calendar.acceptsEvents);
  } catch (error) {
    const failure = calendarFailureOf(error);
    const message = calendarFailureSentence(failure.code);
    throw new AppError("BAD_REQUEST", message, { [CALDAV_FIELDS[failure.code] ?? "serverUrl"]: message });
  }
  if (calendars.length === 0) {
    const message = "This account has no calendars with events. Create one on the server, then connect again.";
    throw new AppError("BAD_REQUEST", message, { serverUrl: message });
  }
  return createAndRead(
    ctx,
    {
      coachProfileId: coach.id,
      kind: "CALDAV",
      label: `${input.username} at ${hostOf(input.serverUrl)}`,
      sealedCredentials: sealCredentials("CALDAV", account),
      allDayEventsBlock: true,
      sources: calendars.map((calendar) => ({
        remoteId: calendar.url,
        displayName: calendar.displayName || "Calendar",
        blocksTime: true,
      })),
    },
    "serverUrl",
  );
}

export async function startGoogle(ctx: TenantContext, input: { coachProfileId?: string }) {
  const coach = await coachOrSetUpFirst(ctx, input.coachProfileId);
  const config = googleConfigFromEnv();
  if (!config) throw new AppError("CONFLICT", "Google Calendar isn't set up on this Fieldnotes server yet.");
  const state = googleState({
    practiceSlug: ctx.practice.slug,
    coachProfileId: coach.id,
    userId: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  return {
    url: googleAuthorizationUrl(config, { redirectUri: googleRedirectUri(), state, loginHint: ctx.actor.email }),
  };
}

const googleRefused = (message: string) => new AppError("BAD_REQUEST", message, { google: message });

/**
 * Google's consent page came back with a code: trade it for tokens, list the coach's calendars (their primary one
 * blocks time to begin with), and read them once. Only the person who started it, within ten minutes, for a coach
 * they may manage, can finish it.
 */
export async function completeGoogle(ctx: TenantContext, input: { code: string; state: string }) {
  const config = googleConfigFromEnv();
  if (!config) throw new AppError("CONFLICT", "Google Calendar isn't set up on this Fieldnotes server yet.");
  const state = readGoogleState(input.state, ctx.clock.now());
  if (!state || state.userId !== ctx.actor.userId || state.practiceSlug !== ctx.practice.slug) {
    throw googleRefused("That Google sign-in has expired or was not started here. Connect Google Calendar again.");
  }
  const coach = await coachOrSetUpFirst(ctx, state.coachProfileId);
  let tokens, calendars;
  try {
    tokens = await exchangeCode(config, { code: input.code, redirectUri: googleRedirectUri() });
    calendars = await listCalendars(config, tokens.accessToken);
  } catch (error) {
    throw googleRefused(calendarFailureSentence(calendarFailureOf(error).code));
  }
  if (!tokens.refreshToken) throw googleRefused("Google did not grant lasting access. Connect Google Calendar again.");
  return createAndRead(
    ctx,
    {
      coachProfileId: coach.id,
      kind: "GOOGLE",
      label: tokens.email ?? "Google Calendar",
      sealedCredentials: sealCredentials("GOOGLE", {
        accessToken: tokens.accessToken,
        refreshToken: tokens.refreshToken,
        expiresAt: tokens.expiresAt.toISOString(),
      }),
      allDayEventsBlock: true,
      sources: calendars.map((calendar) => ({
        remoteId: calendar.id,
        displayName: calendar.summary || calendar.id,
        blocksTime: calendar.primary,
      })),
    },
    "google",
  );
}

async function queueRefresh(ctx: TenantContext, connectionId: string) {
  await repo.markDue(ctx.db, connectionId, ctx.clock.now());
  await ctx.db.$enqueueJob(CALENDAR_REFRESH_JOB, { connectionId });
}

async function managedConnection(ctx: TenantContext, connectionId: string) {
  const connection = await repo.findManagedConnection(ctx.db, connectionId, managedCoachMembership(ctx));
  if (!connection) throw notFound("That calendar connection");
  return connection;
}

export async function updateCalendar(ctx: TenantContext, input: UpdateCalendarInput) {
  const source = await repo.findManagedSource(ctx.db, input.calendarId, managedCoachMembership(ctx));
  if (!source) throw notFound("That calendar");
  const { connection } = source;
  if (input.blocksTime !== undefined && input.blocksTime !== source.blocksTime) {
    await repo.setBlocksTime(ctx.db, source.id, input.blocksTime);
    await repo.forgetBusyTimes(ctx.db, [source.id]);
    if (input.blocksTime) await queueRefresh(ctx, connection.id);
  }
  if (input.receivesSessions !== undefined && input.receivesSessions !== source.receivesSessions) {
    if (input.receivesSessions && connection.kind === "ICS_FEED") {
      const message = "A subscription link can only be read. Choose a CalDAV or Google calendar for your sessions.";
      throw new AppError("BAD_REQUEST", message, { receivesSessions: message });
    }
    // One calendar per coach receives sessions: changes to the choice queue behind each other.
    await ctx.db.$lock(`calendar-sessions:${connection.coachProfileId}`);
    await repo.setReceivingSource(ctx.db, connection.coachProfileId, input.receivesSessions ? source.id : null);
    // Every upcoming session moves to the new choice (or leaves the old one); each job is one session.
    const upcoming = await repo.upcomingBookingIds(ctx.db, connection.coachProfileId, ctx.clock.now());
    for (const booking of upcoming) await ctx.db.$enqueueJob(SESSION_COPY_JOB, { bookingId: booking.id });
  }
  return { ok: true as const };
}

export async function updateConnection(
  ctx: TenantContext,
  input: { connectionId: string; allDayEventsBlock: boolean },
) {
  const connection = await managedConnection(ctx, input.connectionId);
  if (connection.allDayEventsBlock === input.allDayEventsBlock) return { ok: true as const };
  await repo.setAllDayEventsBlock(ctx.db, connection.id, input.allDayEventsBlock);
  // What was read was read under the other setting: read it whole again.
  await repo.forgetBusyTimes(
    ctx.db,
    connection.sources.map((source) => source.id),
  );
  await queueRefresh(ctx, connection.id);
  return { ok: true as const };
}

export async function refreshConnectionNow(ctx: TenantContext, input: { connectionId: string }) {
  const connection = await managedConnection(ctx, input.connectionId);
  await queueRefresh(ctx, connection.id);
  return { ok: true as const };
}

/** Deletes the connection with its sealed credentials and busy times; sessions already written stay in that calendar. */
export async function disconnect(ctx: TenantContext, input: { connectionId: string }) {
  const connection = await managedConnection(ctx, input.connectionId);
  await repo.deleteConnection(ctx.db, connection.id);
  return { ok: true as const };
}
