import { addMember, createClient, createPractice } from "../../prisma/factories";
import type { PrismaClient } from "~/server/db/generated/client";
import { callerFor } from "./callers";
import { stripeDouble } from "./stripe-env";

// Shared by the billing integration tests (import ~/test/stripe-env first in the test file).
// Like the factories, they take the client to write with.

/** A practice with an owner, an admin and `activeClients` active clients, on the free tier. */
export async function freePractice(prisma: PrismaClient, options: { activeClients?: number; leads?: number } = {}) {
  const { practice, owner } = await createPractice(prisma);
  const admin = await addMember(prisma, practice.id, "ADMIN");
  for (let i = 0; i < (options.activeClients ?? 0); i++) await createClient(prisma, practice.id, { status: "ACTIVE" });
  const leads = [];
  for (let i = 0; i < (options.leads ?? 0); i++) leads.push(await createClient(prisma, practice.id));
  return { practice, owner, admin: admin.user, leads };
}

/** Subscribes the practice the way an admin does: Checkout, pay on the (double's) page, come back. */
export async function subscribe(
  practice: { slug: string },
  owner: { id: string; email: string; name: string | null },
  input: { interval?: "month" | "year"; seats?: number } = {},
) {
  const api = callerFor(owner);
  const { url } = await api.billing.startCheckout({
    practiceSlug: practice.slug,
    interval: input.interval ?? "month",
    seats: input.seats,
  });
  const sessionId = new URL(url).pathname.split("/").at(-1)!;
  const session = stripeDouble.completeCheckout(sessionId);
  await api.billing.syncCheckout({ practiceSlug: practice.slug, sessionId });
  const subscription = stripeDouble.subscriptions.get(String(session.subscription))!;
  return { sessionId, subscription, customerId: String(session.customer) };
}
