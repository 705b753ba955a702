import { profileRouter } from "~/modules/accounts/server/profile.router";
import { bookingsRouter } from "~/modules/bookings/server/bookings.router";
import { membersRouter } from "~/modules/practices/server/members.router";
import { practicesRouter } from "~/modules/practices/server/practices.router";
import { schedulingRouter } from "~/modules/scheduling/server/scheduling.router";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  practices: practicesRouter,
  members: membersRouter,
  profile: profileRouter,
  scheduling: schedulingRouter,
  bookings: bookingsRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
