import { profileRouter } from "~/modules/accounts/server/profile.router";
import { membersRouter } from "~/modules/practices/server/members.router";
import { practicesRouter } from "~/modules/practices/server/practices.router";
import { createCallerFactory, createTRPCRouter } from "./trpc";

export const appRouter = createTRPCRouter({
  practices: practicesRouter,
  members: membersRouter,
  profile: profileRouter,
});

export type AppRouter = typeof appRouter;
export const createCaller = createCallerFactory(appRouter);
