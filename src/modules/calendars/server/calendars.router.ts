import { whileLapsed } from "~/server/api/plan-gate";
import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { STAFF_ROLES } from "~/server/auth/roles";
import {
  calendarsOverviewInput,
  completeGoogleInput,
  connectCaldavInput,
  connectFeedInput,
  connectionIdInput,
  sessionFeedInput,
  startGoogleInput,
  updateCalendarInput,
  updateConnectionInput,
} from "../schemas";
import * as connections from "./connections.service";
import * as sessionFeed from "./session-feed.service";

// A coach connects their own calendars; owners and admins may manage any coach's of the practice, as they do the
// coach's availability. Credentials never leave the server: the views carry labels and status only. Connecting reads
// the calendar once before answering, so it holds no transaction open across the network.
// Taking one's credentials and private feed back out is never held up by the practice's billing.
const privacyAction = whileLapsed.allow(
  "removing a calendar's credentials or a private feed link is the coach's right",
);

export const calendarsRouter = createTRPCRouter({
  overview: practiceProcedure(STAFF_ROLES)
    .input(calendarsOverviewInput)
    .query(({ ctx, input }) => connections.calendarsOverview(ctx.tenant, input)),
  connectFeed: practiceProcedure(STAFF_ROLES, { transaction: false })
    .input(connectFeedInput)
    .mutation(({ ctx, input }) => connections.connectFeed(ctx.tenant, input)),
  connectCaldav: practiceProcedure(STAFF_ROLES, { transaction: false })
    .input(connectCaldavInput)
    .mutation(({ ctx, input }) => connections.connectCaldav(ctx.tenant, input)),
  startGoogle: practiceProcedure(STAFF_ROLES)
    .input(startGoogleInput)
    .mutation(({ ctx, input }) => connections.startGoogle(ctx.tenant, input)),
  completeGoogle: practiceProcedure(STAFF_ROLES, { transaction: false })
    .input(completeGoogleInput)
    .mutation(({ ctx, input }) => connections.completeGoogle(ctx.tenant, input)),
  updateCalendar: practiceProcedure(STAFF_ROLES)
    .input(updateCalendarInput)
    .mutation(({ ctx, input }) => connections.updateCalendar(ctx.tenant, input)),
  updateConnection: practiceProcedure(STAFF_ROLES)
    .input(updateConnectionInput)
    .mutation(({ ctx, input }) => connections.updateConnection(ctx.tenant, input)),
  refresh: practiceProcedure(STAFF_ROLES)
    .input(connectionIdInput)
    .mutation(({ ctx, input }) => connections.refreshConnectionNow(ctx.tenant, input)),
  disconnect: practiceProcedure(STAFF_ROLES, { whileLapsed: privacyAction })
    .input(connectionIdInput)
    .mutation(({ ctx, input }) => connections.disconnect(ctx.tenant, input)),
  regenerateSessionFeed: practiceProcedure(STAFF_ROLES)
    .input(sessionFeedInput)
    .mutation(({ ctx, input }) => sessionFeed.regenerateSessionFeed(ctx.tenant, input)),
  revokeSessionFeed: practiceProcedure(STAFF_ROLES, { whileLapsed: privacyAction })
    .input(sessionFeedInput)
    .mutation(({ ctx, input }) => sessionFeed.revokeSessionFeed(ctx.tenant, input)),
});
