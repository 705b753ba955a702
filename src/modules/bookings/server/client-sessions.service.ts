import type { z } from "zod";
import { instantRangeOfLocalDates } from "~/lib/time-zones";
import {
  locationSummary,
  storedSessionType,
  type SessionRules,
  type SessionTypeDefinition,
} from "~/modules/scheduling/domain/session-types";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError, notFound } from "~/server/errors";
import { checkIntakeAnswers } from "../domain/intake-answers";
import type {
  bookForClientInput,
  bookForClientSlotsInput,
  clientBookInput,
  clientIdOnlyInput,
  clientSlotsInput,
} from "../schemas";
import { openSlots, slotTaken } from "./booking-changes";
import { manageUrlOf, placeOf } from "./booking-notifications";
import { findBookingByIdempotencyKey, isDoubleBooking } from "./bookings.repo";
import { findClient, findCoachWithTypes, upcomingSessionsOf } from "./client-sessions.repo";
import { placeSession } from "./session-placement";

// Sessions booked inside the practice for a client it already knows: by the client from their
// workspace (their coach's coaching types offered to clients or the public, never the free
// discovery session), or by staff for a client they may see (ctx.visible.clients: admins any
// client, a coach their own) with any of the client's coach's types. Both go through the slot
// engine, the exclusion constraint and the emails of a public booking (placeSession).
//
// Staff are not held to a type's minimum notice: the notice protects the coach from surprise
// bookings, and here the coach (or their admin) is the one choosing the time. Hours, horizon,
// buffers, the daily cap and other sessions still bind them.

type Booker = "client" | "staff";

/** The caller's client record (a client) or the one named (staff), with their coach and the coach's types. */
async function bookingSceneOf(ctx: TenantContext, clientId?: string) {
  const client = await findClient(ctx.db, ctx.visible.clients, clientId);
  if (!client) throw notFound(clientId ? "That client" : "Your client record");
  const coach = client.coachProfileId ? await findCoachWithTypes(ctx.db, client.coachProfileId) : null;
  const { sessionTypes, ...coachProfile } = coach ?? { sessionTypes: [] };
  return {
    client: {
      id: client.id,
      name: client.name,
      email: client.email,
      // The zone the client reads times in: theirs if the practice knows it, else their coach's.
      timeZone: client.timeZone ?? client.user?.timeZone ?? coach?.timeZone ?? ctx.practice.timeZone,
    },
    coach: coach ? (coachProfile as Omit<NonNullable<typeof coach>, "sessionTypes">) : null,
    types: sessionTypes.map(storedSessionType),
  };
}

type Scene = Awaited<ReturnType<typeof bookingSceneOf>>;

const bookableBy = (booker: Booker, type: SessionTypeDefinition) =>
  booker === "staff" || (type.kind === "COACHING" && type.visibility !== "LINK");

const rulesFor = (booker: Booker, type: SessionTypeDefinition): SessionRules =>
  booker === "staff" ? { ...type.rules, minimumNoticeMinutes: 0 } : type.rules;

function coachOf(scene: Scene) {
  if (!scene.coach) throw new AppError("BAD_REQUEST", "This client has no coach yet. Assign them a coach first.");
  return scene.coach;
}

function typeOf(scene: Scene, booker: Booker, sessionTypeId: string) {
  const type = scene.types.find((candidate) => candidate.id === sessionTypeId);
  if (!type || !bookableBy(booker, type)) throw notFound("That session type");
  return type;
}

const typeCard = (type: SessionTypeDefinition) => ({
  id: type.id,
  name: type.name,
  description: type.description,
  durationMinutes: type.rules.durationMinutes,
  location: locationSummary(type.location),
  needsPhone: type.location.kind === "PHONE_BOOKER",
  intakeQuestions: type.intakeQuestions,
});

/** What the client's home and workspace show: their coach's types to book and their sessions to come. */
export async function clientSessionsOverview(ctx: TenantContext) {
  const scene = await bookingSceneOf(ctx);
  const now = ctx.clock.now();
  const upcoming = await upcomingSessionsOf(ctx.db, scene.client.id, now);
  return {
    timeZone: scene.client.timeZone,
    coachName: scene.coach?.displayName ?? null,
    sessionTypes: scene.coach ? scene.types.filter((type) => bookableBy("client", type)).map(typeCard) : [],
    upcoming: upcoming.map((session) => ({
      id: session.id,
      startAt: session.startAt,
      endAt: session.endAt,
      sessionName: session.sessionType.name,
      coachName: session.coach.displayName,
      place: scene.coach ? (placeOf("booker", { booking: session, coach: scene.coach })?.sentence ?? null) : null,
      manageUrl: manageUrlOf(session.uid),
    })),
  };
}

async function slotsFor(ctx: TenantContext, booker: Booker, scene: Scene, input: SlotRange) {
  const coach = coachOf(scene);
  const type = typeOf(scene, booker, input.sessionTypeId);
  const { start, end } = instantRangeOfLocalDates(input.from, input.to, input.timeZone);
  const target = { coach, rules: rulesFor(booker, type) };
  const slots = await openSlots(ctx.db, target, { from: start, to: end }, ctx.clock.now());
  return { timeZone: input.timeZone, durationMinutes: type.rules.durationMinutes, slots };
}

/** The reader's dates in the zone they read them in, the zone their picker groups the times by. */
type SlotRange = { sessionTypeId: string; from: string; to: string; timeZone: string };

/** Free times of one of the coach's types on the reader's dates. */
export async function clientSlots(ctx: TenantContext, input: z.infer<typeof clientSlotsInput>) {
  const scene = await bookingSceneOf(ctx);
  return slotsFor(ctx, "client", scene, input);
}

/** The client's coach and every type they can be booked into, for staff booking on the client's behalf. */
export async function staffBookingOptions(ctx: TenantContext, input: z.infer<typeof clientIdOnlyInput>) {
  const scene = await bookingSceneOf(ctx, input.clientId);
  return {
    client: scene.client,
    coach: scene.coach && { id: scene.coach.id, displayName: scene.coach.displayName, timeZone: scene.coach.timeZone },
    sessionTypes: scene.types.map(typeCard),
  };
}

/** Free times of the type on the reader's dates, without the minimum notice (see above). */
export async function staffSlots(ctx: TenantContext, input: z.infer<typeof bookForClientSlotsInput>) {
  const scene = await bookingSceneOf(ctx, input.clientId);
  return slotsFor(ctx, "staff", scene, input);
}

interface Placement {
  booker: Booker;
  scene: Scene;
  sessionTypeId: string;
  start: string;
  requestId: string;
  answers: Record<string, string>;
  phone?: string;
  message?: string;
}

/**
 * Books the session in the procedure's transaction. Requests of one client queue on a lock so a
 * retried request finds the booking its first attempt made; an exact retry gets that booking back.
 */
async function book(ctx: TenantContext, placement: Placement) {
  const { booker, scene } = placement;
  const coach = coachOf(scene);
  const type = typeOf(scene, booker, placement.sessionTypeId);
  const checked = checkIntakeAnswers(booker === "client" ? type.intakeQuestions : [], placement.answers);
  const needsPhone = booker === "client" && type.location.kind === "PHONE_BOOKER";
  const fields = checked.ok ? {} : { ...checked.fields };
  if (needsPhone && !placement.phone) fields.phone = "Enter the number your coach should call.";
  if (!checked.ok || fields.phone) {
    throw new AppError("BAD_REQUEST", Object.values(fields)[0] ?? "Some answers are not valid.", fields);
  }
  const start = new Date(placement.start);
  const idempotencyKey = `${booker}:${placement.requestId}`;
  await ctx.db.$lock(`client-sessions:${scene.client.id}`);
  const earlier = await findBookingByIdempotencyKey(ctx.db, coach.id, idempotencyKey);
  if (earlier && (earlier.clientId !== scene.client.id || earlier.startAt.getTime() !== start.getTime())) {
    throw new AppError("BAD_REQUEST", "This booking form was already used. Reload the page to book another session.");
  }
  const booking = earlier ?? (await placeNew());
  const place = placeOf(booker === "client" ? "booker" : "coach", { booking, coach });
  return {
    id: booking.id,
    startAt: booking.startAt,
    endAt: booking.endAt,
    sessionName: type.name,
    coachName: coach.displayName,
    timeZone: booker === "client" ? scene.client.timeZone : coach.timeZone,
    place: place?.sentence ?? null,
    manageUrl: manageUrlOf(booking.uid),
  };

  async function placeNew() {
    try {
      return await placeSession(ctx.db, {
        coach,
        type,
        rules: rulesFor(booker, type),
        client: scene.client,
        start,
        answers: checked.ok ? checked.answers : [],
        phone: needsPhone ? (placement.phone ?? null) : null,
        idempotencyKey,
        message: placement.message ?? null,
        now: ctx.clock.now(),
      });
    } catch (error) {
      if (isDoubleBooking(error)) throw slotTaken();
      throw error;
    }
  }
}

export async function bookAsClient(ctx: TenantContext, input: z.infer<typeof clientBookInput>) {
  const scene = await bookingSceneOf(ctx);
  return book(ctx, {
    booker: "client",
    scene,
    sessionTypeId: input.sessionTypeId,
    start: input.start,
    requestId: input.requestId,
    answers: input.answers,
    phone: input.phone,
  });
}

export async function bookForClient(ctx: TenantContext, input: z.infer<typeof bookForClientInput>) {
  const scene = await bookingSceneOf(ctx, input.clientId);
  return book(ctx, {
    booker: "staff",
    scene,
    sessionTypeId: input.sessionTypeId,
    start: input.start,
    requestId: input.requestId,
    answers: {},
    message: input.message,
  });
}
