import { localDateOf } from "~/lib/time-zones";
import { viewerZone } from "~/lib/viewer-zone";
import type { TenantContext } from "~/server/api/tenant-context";
import { isStaffRole } from "~/server/auth/roles";
import { clientHome } from "./client-home";
import * as repo from "./home.repo";
import { staffHome } from "./staff-home";

// The page sign-in lands on: what to do today, for the caller's role. The reader's zone is
// decided here, by the one rule every page uses, because "today" and "tomorrow" depend on it.

export async function homeToday(ctx: TenantContext) {
  const account = await repo.viewerAccount(ctx.db, ctx.membership.id);
  const zone = viewerZone(account?.user, ctx.practice);
  const now = ctx.clock.now();
  const viewer = { name: account?.user.name ?? ctx.actor.name, zone, now, today: localDateOf(now, zone) };
  const blocks = isStaffRole(ctx.membership.role) ? await staffHome(ctx, zone) : await clientHome(ctx);
  return { viewer, practice: { name: ctx.practice.name, slug: ctx.practice.slug }, ...blocks };
}

export type HomeToday = Awaited<ReturnType<typeof homeToday>>;
export type ClientHome = Extract<HomeToday, { kind: "client" }>;
export type StaffHome = Extract<HomeToday, { kind: "staff" }>;
