import { getMyAvailability, updateMyAvailability } from "~/modules/scheduling/server/availability.service";
import type { TenantContext } from "~/server/api/tenant-context";
import { findCoachProfileOf, type ProjectCoach } from "./projects.repo";

/**
 * The caller's coach profile, made on first need the way the availability page makes one (a
 * free slug from their name, default hours in their zone), but with booking switched off: an
 * admin who takes on a client's project has not chosen to appear on the public booking page.
 */
export async function ensureCoachProfile(ctx: TenantContext): Promise<ProjectCoach> {
  const existing = await findCoachProfileOf(ctx.db, ctx.membership.id);
  if (existing) return existing;
  const draft = await getMyAvailability(ctx);
  await updateMyAvailability(ctx, { ...draft, bookingEnabled: false });
  const created = await findCoachProfileOf(ctx.db, ctx.membership.id);
  if (!created) throw new Error("The coach profile was saved but cannot be read back.");
  return created;
}
