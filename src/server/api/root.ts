import { profileRouter } from "~/modules/accounts/server/profile.router";
import { billingRouter } from "~/modules/billing/server/billing.router";
import { bookingsRouter } from "~/modules/bookings/server/bookings.router";
import { clientsRouter } from "~/modules/clients/server/clients.router";
import { outreachRouter } from "~/modules/outreach/server/outreach.router";
import { membersRouter } from "~/modules/practices/server/members.router";
import { practicesRouter } from "~/modules/practices/server/practices.router";
import { projectsRouter } from "~/modules/projects/server/projects.router";
import { notificationsRouter } from "~/modules/notifications/server/notifications.router";
import { readinessRouter } from "~/modules/readiness/server/readiness.router";
import { reflectionsRouter } from "~/modules/reflections/server/reflections.router";
import { schedulingRouter } from "~/modules/scheduling/server/scheduling.router";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  practices: practicesRouter,
  members: membersRouter,
  profile: profileRouter,
  scheduling: schedulingRouter,
  bookings: bookingsRouter,
  billing: billingRouter,
  notifications: notificationsRouter,
  clients: clientsRouter,
  readiness: readinessRouter,
  projects: projectsRouter,
  reflections: reflectionsRouter,
  outreach: outreachRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
