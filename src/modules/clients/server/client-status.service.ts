import type { z } from "zod";
import { assertCanActivateClient } from "~/modules/billing/server/plan-guard";
import type { TenantContext } from "~/server/api/tenant-context";
import { notFound } from "~/server/errors";
import { isAdminRole } from "~/server/auth/roles";
import type { setClientStatusInput } from "../schemas";
import { admitAndWelcomeClients } from "./client-access.service";
import * as repo from "./clients.repo";

/**
 * Moves a client along lead → active → completed → archived. Owners and admins reach every
 * client; a coach only those on their own calendar. Activating counts against the plan and lets
 * the client in (a CLIENT membership, and a welcome email that signs them in) in the same
 * transaction.
 */
export async function setClientStatus(ctx: TenantContext, input: z.infer<typeof setClientStatusInput>) {
  const client = await repo.findClientWithCoach(ctx.db, input.clientId);
  if (!client || (!isAdminRole(ctx.membership.role) && client.coach?.membershipId !== ctx.membership.id)) {
    throw notFound("That client");
  }
  if (client.status === input.status) return client;
  if (input.status !== "ACTIVE") return repo.updateClientStatus(ctx.db, client.id, input.status);
  await assertCanActivateClient(ctx);
  const activated = await repo.updateClientStatus(ctx.db, client.id, "ACTIVE");
  await admitAndWelcomeClients(ctx, [activated]);
  return activated;
}
