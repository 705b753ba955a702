import { randomBytes } from "node:crypto";
import { queueSessionCopy } from "~/modules/calendars/server/session-copy-queue";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError, notFound } from "~/server/errors";
import {
  sessionTypeSlug,
  withQuestionIds,
  type SessionTypeInput,
  type SessionTypeSettings,
} from "../domain/session-type-input";
import { storedIntakeQuestions, storedSessionType, type SessionTypeDefinition } from "../domain/session-types";
import { coachToManage, managedCoachMembership, requireCoachRole } from "./coach-access";
import * as repo from "./session-type.repo";

export interface SessionTypeView extends SessionTypeDefinition {
  position: number;
  archived: boolean;
  /** The secret of the type's booking link; set exactly when it is booked by link. */
  linkToken: string | null;
}

export interface SessionTypesView {
  /** The coach whose types these are; null when the caller has no booking profile yet. */
  coach: repo.CoachRow | null;
  /** Every coach whose types the caller may manage: all of the practice's for an owner or admin. */
  coaches: repo.CoachRow[];
  /** Bookable types in the coach's order, then the archived ones. */
  types: SessionTypeView[];
}

function typeView(row: repo.SessionTypeRow): SessionTypeView {
  return {
    ...storedSessionType(row),
    position: row.position,
    archived: row.archivedAt !== null,
    linkToken: row.linkToken,
  };
}

async function listView(ctx: TenantContext, coach: repo.CoachRow | null): Promise<SessionTypesView> {
  // One after the other: inside a mutation's transaction the queries share one connection.
  const coaches = await repo.listManagedCoaches(ctx.db, managedCoachMembership(ctx));
  const rows = coach ? await repo.listSessionTypes(ctx.db, coach.id) : [];
  const ordered = [...rows.filter((row) => !row.archivedAt), ...rows.filter((row) => row.archivedAt)];
  return { coach, coaches, types: ordered.map(typeView) };
}

// 144 random bits: unguessable, and short enough to read in a link.
const newLinkToken = () => randomBytes(18).toString("base64url");

const notSetUp = () =>
  new AppError("CONFLICT", "Save your availability first: session types are offered on your weekly hours.");

async function typeToManage(ctx: TenantContext, sessionTypeId: string) {
  requireCoachRole(ctx);
  const type = await repo.findManagedSessionType(ctx.db, sessionTypeId, managedCoachMembership(ctx));
  if (!type) throw notFound("That session type");
  // Checks that read the coach's other types (one discovery session, a free address) then write hold until commit.
  await ctx.db.$lock(`session-types:${type.coachProfileId}`);
  return type;
}

/** A coach offers one discovery session at a time: the free first conversation their booking page leads with. */
async function assertNoOtherDiscovery(ctx: TenantContext, coachProfileId: string, exceptId: string | null) {
  const other = await repo.findActiveDiscovery(ctx.db, coachProfileId, exceptId);
  if (!other) return;
  const message = `You already offer “${other.name}” as your discovery session. Archive it first, or make this a coaching session.`;
  throw new AppError("CONFLICT", message, { kind: message });
}

const linkTokenFor = (visibility: SessionTypeInput["visibility"], current: string | null) =>
  visibility === "LINK" ? (current ?? newLinkToken()) : null;

export async function listSessionTypes(
  ctx: TenantContext,
  input: { coachProfileId?: string },
): Promise<SessionTypesView> {
  return listView(ctx, await coachToManage(ctx, input.coachProfileId));
}

export async function createSessionType(
  ctx: TenantContext,
  input: SessionTypeInput & { coachProfileId?: string },
): Promise<SessionTypeView> {
  const coach = await coachToManage(ctx, input.coachProfileId);
  if (!coach) throw notSetUp();
  await ctx.db.$lock(`session-types:${coach.id}`);
  if (input.kind === "DISCOVERY") await assertNoOtherDiscovery(ctx, coach.id, null);
  const settings: SessionTypeSettings = { ...input, intakeQuestions: withQuestionIds(input.intakeQuestions, []) };
  const created = await repo.createSessionType(ctx.db, coach.id, {
    slug: sessionTypeSlug(input.name, await repo.listTypeSlugs(ctx.db, coach.id)),
    linkToken: linkTokenFor(input.visibility, null),
    settings,
  });
  return typeView(created);
}

export async function updateSessionType(
  ctx: TenantContext,
  input: SessionTypeInput & { sessionTypeId: string },
): Promise<SessionTypeView> {
  const current = await typeToManage(ctx, input.sessionTypeId);
  // An archived type is checked when it is brought back, which is when it would take bookings again.
  if (input.kind === "DISCOVERY" && !current.archivedAt) {
    await assertNoOtherDiscovery(ctx, current.coachProfileId, current.id);
  }
  const settings: SessionTypeSettings = {
    ...input,
    intakeQuestions: withQuestionIds(input.intakeQuestions, storedIntakeQuestions(current.intakeQuestions)),
  };
  const saved = await repo.updateSessionType(ctx.db, current.id, {
    linkToken: linkTokenFor(input.visibility, current.linkToken),
    settings,
  });
  if (saved.locationKind !== current.locationKind || saved.locationDetail !== current.locationDetail) {
    const moved = await repo.copyLocationToUpcomingBookings(ctx.db, current.id, settings.location, ctx.clock.now());
    // The copies in the coach's calendar name the place too.
    for (const booking of moved) await queueSessionCopy(ctx.db, booking);
  }
  return typeView(saved);
}

/**
 * Archived types take no new bookings and leave every page that offers them; sessions already booked stay. Archiving
 * a coach's last public type is allowed: their booking page then says they offer no sessions right now.
 */
export async function setSessionTypeArchived(
  ctx: TenantContext,
  input: { sessionTypeId: string; archived: boolean },
): Promise<SessionTypeView> {
  const current = await typeToManage(ctx, input.sessionTypeId);
  if (!input.archived && current.kind === "DISCOVERY") {
    await assertNoOtherDiscovery(ctx, current.coachProfileId, current.id);
  }
  const archivedAt = input.archived ? (current.archivedAt ?? ctx.clock.now()) : null;
  return typeView(await repo.setArchivedAt(ctx.db, current.id, archivedAt));
}

/** Sets the order of the coach's bookable types, as their booking page and the client's workspace list them. */
export async function reorderSessionTypes(
  ctx: TenantContext,
  input: { coachProfileId?: string; sessionTypeIds: string[] },
): Promise<SessionTypesView> {
  const coach = await coachToManage(ctx, input.coachProfileId);
  if (!coach) throw notSetUp();
  await ctx.db.$lock(`session-types:${coach.id}`);
  const rows = await repo.listSessionTypes(ctx.db, coach.id);
  const bookable = rows.filter((row) => !row.archivedAt).map((row) => row.id);
  const given = new Set(input.sessionTypeIds);
  if (
    given.size !== input.sessionTypeIds.length ||
    given.size !== bookable.length ||
    !bookable.every((id) => given.has(id))
  ) {
    throw new AppError(
      "CONFLICT",
      "Your session types changed while you were ordering them. Reload the page and try again.",
    );
  }
  await repo.setPositions(ctx.db, input.sessionTypeIds);
  return listView(ctx, coach);
}

/** A new secret for a link-only type: the old link stops working, so whoever had it can no longer book. */
export async function regenerateSessionTypeLink(
  ctx: TenantContext,
  input: { sessionTypeId: string },
): Promise<SessionTypeView> {
  const current = await typeToManage(ctx, input.sessionTypeId);
  if (current.visibility !== "LINK") {
    throw new AppError(
      "CONFLICT",
      "Only a session booked by secret link has a link to replace. Change who can book it first.",
    );
  }
  return typeView(await repo.setLinkToken(ctx.db, current.id, newLinkToken()));
}
