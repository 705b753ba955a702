import { env } from "~/env";
import { formatInstant } from "~/lib/time-zones";
import { admitClientMembers, createClientSignInLinks } from "~/modules/practices/server/members.service";
import type { TenantContext } from "~/server/api/tenant-context";
import { isUniqueViolation } from "~/server/db/errors";
import { enqueueEmail } from "~/server/email/outbox";
import { fromCoach } from "~/server/email/sender";
import { AppError } from "~/server/errors";
import { linkClientsToUsers, type ClientForAccess } from "./clients.repo";

// One definition of "client": whoever the practice works with (ACTIVE, or given a project) can
// get in and see their own work. Every way a client comes to be — a lead activated, a project
// assigned, a client added or imported — calls admitClients in the same transaction, so no coach
// ever sees an active client who cannot sign in and find their project.

export interface ClientAccess {
  /** They got access just now (and so should be told). */
  admitted: boolean;
  /** Their address was verified before (they have signed in): a plain link will do. */
  signedInBefore: boolean;
}

type Person = Pick<ClientForAccess, "id" | "email" | "name">;

/** Each client's account (found by their address, or made), linked to them, and a CLIENT membership. */
export async function admitClients(ctx: TenantContext, clients: readonly Person[]): Promise<Map<string, ClientAccess>> {
  const linked = await linkClientsToUsers(ctx.db, clients).catch((error: unknown) => {
    // Another practice made the same person's account a moment ago: their commit won the address.
    if (isUniqueViolation(error)) {
      throw new AppError("CONFLICT", "Someone else is adding this person at the same moment. Try again.");
    }
    throw error;
  });
  const emailOf = new Map(clients.map((client) => [client.id, client.email]));
  const admitted = await admitClientMembers(
    ctx,
    linked.map((person) => ({ userId: person.userId, email: emailOf.get(person.clientId)! })),
  );
  return new Map(
    linked.map((person) => [
      person.clientId,
      { admitted: admitted.has(person.userId), signedInBefore: person.signedInBefore },
    ]),
  );
}

export async function admitClient(ctx: TenantContext, client: Person): Promise<ClientAccess> {
  return (await admitClients(ctx, [client])).get(client.id)!;
}

type WayIn = { pageUrl: string; signInUrl: string | null; signInExpiresAt: string | null };

/**
 * How an email lets each client into `landingPath`: a link that signs them in once when they
 * have never signed in, otherwise the page itself (signing in, if need be, brings them back).
 */
async function waysInto(
  ctx: TenantContext,
  clients: ReadonlyArray<{ client: Pick<ClientForAccess, "email" | "timeZone">; access: ClientAccess }>,
  landingPath: string,
): Promise<WayIn[]> {
  const pageUrl = new URL(landingPath, env.APP_URL).toString();
  const needLinks = clients.filter(({ access }) => !access.signedInBefore).map(({ client }) => client.email);
  const links = needLinks.length > 0 ? await createClientSignInLinks(ctx, needLinks, landingPath) : null;
  return clients.map(({ client }) => {
    const signInUrl = links?.urls.get(client.email) ?? null;
    const expiresAt =
      links && signInUrl ? formatInstant(links.expiresAt, client.timeZone ?? ctx.practice.timeZone) : null;
    return { pageUrl, signInUrl, signInExpiresAt: expiresAt };
  });
}

export async function wayInto(
  ctx: TenantContext,
  client: Pick<ClientForAccess, "email" | "timeZone">,
  access: ClientAccess,
  landingPath: string,
): Promise<WayIn> {
  return (await waysInto(ctx, [{ client, access }], landingPath))[0]!;
}

/**
 * Lets the clients in and tells those for whom that is news how to get in: a welcome that
 * lands in the practice (they have no project yet).
 */
export async function admitAndWelcomeClients(ctx: TenantContext, clients: readonly ClientForAccess[]) {
  const access = await admitClients(ctx, clients);
  const welcomed = clients.flatMap((client) => {
    const granted = access.get(client.id)!;
    return granted.admitted ? [{ client, access: granted }] : [];
  });
  const ways = await waysInto(ctx, welcomed, `/p/${ctx.practice.slug}`);
  const admittedAt = ctx.clock.now().getTime();
  for (const [index, { client }] of welcomed.entries()) {
    const way = ways[index]!;
    const addedBy = client.coach?.displayName ?? ctx.practice.name;
    await enqueueEmail(ctx.db, {
      template: "client-welcome",
      to: client.email,
      // One per admission: a client removed and brought back is welcomed again.
      dedupeKey: `client-welcome:${client.id}:${admittedAt}`,
      practiceId: ctx.practice.id,
      fromName: fromCoach(addedBy, ctx.practice.name),
      // Whoever let them in: their coach, or the admin who added them.
      replyTo: ctx.actor.email,
      props: {
        practiceName: ctx.practice.name,
        brandColor: ctx.practice.brandColor,
        clientName: client.name,
        addedBy,
        signInUrl: way.signInUrl,
        signInExpiresAt: way.signInExpiresAt,
        practiceUrl: way.pageUrl,
      },
    });
  }
  return access;
}
