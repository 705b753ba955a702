import { profileRouter } from "~/modules/accounts/server/profile.router";
import { billingRouter } from "~/modules/billing/server/billing.router";
import { calendarsRouter } from "~/modules/calendars/server/calendars.router";
import { bookingsRouter } from "~/modules/bookings/server/bookings.router";
import { clientSessionsRouter } from "~/modules/bookings/server/client-sessions.router";
import { clientsRouter } from "~/modules/clients/server/clients.router";
import { dataExportRouter } from "~/modules/data-export/server/data-export.router";
import { homeRouter } from "~/modules/home/server/home.router";
import { outreachRouter } from "~/modules/outreach/server/outreach.router";
import { membersRouter } from "~/modules/practices/server/members.router";
import { practicesRouter } from "~/modules/practices/server/practices.router";
import { projectsRouter } from "~/modules/projects/server/projects.router";
import { notificationsRouter } from "~/modules/notifications/server/notifications.router";
import { readinessRouter } from "~/modules/readiness/server/readiness.router";
import { reflectionsRouter } from "~/modules/reflections/server/reflections.router";
import { schedulingRouter } from "~/modules/scheduling/server/scheduling.router";
import { securityRouter } from "~/modules/security/server/security.router";
import { secondFactorRouter } from "~/modules/second-factor/server/second-factor.router";
import { secondFactorStepAfterEmail } from "~/modules/second-factor/server/second-factor-sign-in.service";
import { sessionTypesRouter } from "~/modules/scheduling/server/session-types.router";
import { erasureRouter } from "~/modules/erasure/server/erasure.router";
import { cancelDeletionOnSignIn } from "~/modules/erasure/server/account-deletion.service";
import { linkGuestBookings } from "~/modules/bookings/server/client-link.service";
import { createCallerFactory, createTRPCRouter } from "./trpc";

// The web app's composition root. With the worker's (src/server/worker/root.ts), the only files in
// src/server that name feature modules: infrastructure is handed what it runs, it imports no feature.

export const appRouter = createTRPCRouter({
  practices: practicesRouter,
  members: membersRouter,
  profile: profileRouter,
  scheduling: schedulingRouter,
  sessionTypes: sessionTypesRouter,
  calendars: calendarsRouter,
  bookings: bookingsRouter,
  clientSessions: clientSessionsRouter,
  billing: billingRouter,
  notifications: notificationsRouter,
  clients: clientsRouter,
  readiness: readinessRouter,
  projects: projectsRouter,
  reflections: reflectionsRouter,
  outreach: outreachRouter,
  home: homeRouter,
  security: securityRouter,
  dataExport: dataExportRouter,
  erasure: erasureRouter,
  secondFactor: secondFactorRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);

/** What signing in sets off in the features, for src/server/auth/config.ts (which imports none of them). */
export const signInHooks: ReadonlyArray<(user: { id: string; email: string }) => Promise<void>> = [
  // Someone who booked before having an account finds their bookings once signed in.
  linkGuestBookings,
  // Signing in during the grace period keeps an account whose deletion was asked for.
  cancelDeletionOnSignIn,
];

/**
 * For Auth.js' signIn callback (src/server/auth/config.ts): after the emailed link, the page a person with a second
 * factor must pass before a session exists, or null.
 */
export const secondFactorStep: (user: { id?: string }, callbackPath: string, now: Date) => Promise<string | null> =
  secondFactorStepAfterEmail;
