import type { z } from "zod";
import { assertCanActivateClient } from "~/modules/billing/server/plan-guard";
import { ensureCoachProfile } from "~/modules/projects/server/coach-profile";
import type { TenantContext } from "~/server/api/tenant-context";
import { isUniqueViolation } from "~/server/db/errors";
import { AppError, notFound } from "~/server/errors";
import { isAdminRole } from "~/server/auth/roles";
import type { addClientInput } from "../schemas";
import { admitAndWelcomeClients } from "./client-access.service";
import * as repo from "./clients.repo";
import { insertNote } from "./coach-notes.repo";

const alreadyAClient = (email: string) =>
  new AppError("CONFLICT", `${email} is already a client of this practice. Find them in the list below.`, {
    email: "Already a client of this practice.",
  });

/** Whose client a new one is: owners and admins name any coach; anyone else, and anyone naming no one, themselves. */
async function coachOfNewClient(ctx: TenantContext, coachProfileId: string | undefined) {
  if (!coachProfileId) return ensureCoachProfile(ctx);
  const coach = (await repo.listCoachIdentities(ctx.db)).find((candidate) => candidate.id === coachProfileId);
  if (!coach) throw notFound("That coach");
  if (!isAdminRole(ctx.membership.role) && coach.membershipId !== ctx.membership.id) {
    throw new AppError("FORBIDDEN", "Only an owner or admin can add a client for another coach.", {
      coachProfileId: "Only an owner or admin can choose another coach.",
    });
  }
  return coach;
}

/**
 * A client who did not come through a booking (someone moving their practice here): created
 * ACTIVE (a plan limit), let in as a CLIENT member and welcomed with a link that signs them in,
 * with the coach's first private note if one was written. All in the procedure's transaction.
 */
export async function addClient(ctx: TenantContext, input: z.infer<typeof addClientInput>) {
  if (await repo.findClientByEmail(ctx.db, input.email)) throw alreadyAClient(input.email);
  const coach = await coachOfNewClient(ctx, input.coachProfileId);
  await assertCanActivateClient(ctx);
  const client = await repo
    .insertActiveClient(ctx.db, {
      name: input.name,
      email: input.email,
      timeZone: input.timeZone,
      coachProfileId: coach.id,
    })
    .catch((error: unknown) => {
      // Someone added the same address a moment ago (the check above ran before their commit).
      throw isUniqueViolation(error) ? alreadyAClient(input.email) : error;
    });
  if (input.note) {
    await insertNote(ctx.db, {
      clientId: client.id,
      authorUserId: ctx.actor.userId,
      body: input.note,
      sharedWithTeam: false,
    });
  }
  await admitAndWelcomeClients(ctx, [client]);
  return { id: client.id };
}
