import type { z } from "zod";
import { findManagedBooking } from "~/modules/bookings/server/public-bookings.service";
import { cancelSessionOfErasedBooker } from "~/modules/bookings/server/erasure-cancellation";
import type { TenantContext } from "~/server/api/tenant-context";
import { writeAuditEvent } from "~/server/audit/audit-log";
import { AppError, notFound } from "~/server/errors";
import { confirms } from "../domain/confirmation";
import { identifiersOf, isErasedAddress } from "../domain/placeholders";
import type { eraseClientInput } from "../schemas";
import * as practiceRepo from "./erasure.repo";
import * as repo from "./erasure.system.repo";

// Erasure on request, without a grace period: a coach acting on what a client asked them, and a visitor holding
// their booking's manage link. The confirmation (typing the address) is the deliberate step; the person asked
// already, so waiting two weeks would only keep their data longer. Rows stay, so the practice's counts do.

const alreadyErased = () => new AppError("CONFLICT", "These details were already erased.");

async function cancelErasedSessions(bookingUids: readonly string[], now: Date) {
  for (const uid of bookingUids) await cancelSessionOfErasedBooker(uid, now);
}

/** A coach (their own client) or an admin (anyone's) erases a client's data in this practice. */
export async function eraseClientOnRequest(ctx: TenantContext, input: z.infer<typeof eraseClientInput>) {
  const now = ctx.clock.now();
  const client = await practiceRepo.findVisibleClient(ctx.db, ctx.visible.clients, input.clientId);
  if (!client) throw notFound("That client");
  if (isErasedAddress(client.email)) throw alreadyErased();
  if (!confirms(input.confirmation, client.email)) {
    const message = "Type the client's email address exactly to confirm.";
    throw new AppError("BAD_REQUEST", message, { confirmation: message });
  }
  const named = await repo.withTransaction(async (tx) => {
    const erased = await repo.eraseClientRecords(tx, ctx.practice.id, [client.id], now);
    await repo.scrubEmailLog(tx, ctx.practice.id, { ...identifiersOf(erased), bookingUids: erased.bookingUids });
    return erased;
  });
  await cancelErasedSessions(named.bookingUids, now);
  return { clientId: client.id };
}

/** A visitor erases their details from a booking's manage link; an upcoming session is cancelled, its coach told. */
export async function eraseBookerDetails(uid: string, token: string, confirmation: string, now: Date) {
  const booking = await findManagedBooking(uid, token);
  if (isErasedAddress(booking.bookerEmail)) throw alreadyErased();
  if (!confirms(confirmation, booking.bookerEmail)) {
    const message = "Type the email address you booked with to confirm.";
    throw new AppError("BAD_REQUEST", message, { confirmation: message });
  }
  const named = await repo.withTransaction(async (tx) => {
    const erased = await repo.eraseBookerOf(tx, booking.practiceId, booking.id, now);
    await repo.scrubEmailLog(tx, booking.practiceId, { ...identifiersOf(erased), bookingUids: erased.bookingUids });
    await writeAuditEvent(tx, {
      practiceId: booking.practiceId,
      actorUserId: null,
      action: "erasure.booker",
      target: { type: "booking", id: booking.id },
      facts: {},
    });
    return erased;
  });
  await cancelErasedSessions(named.bookingUids, now);
}
