import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";
import { revokeSessionInput } from "../schemas";
import * as sessions from "./sessions.service";

// User-scoped procedures: a person's own sessions, whatever practice they are in.
const viewerOf = (ctx: { user: { id: string }; session: { sessionId?: string } }) => ({
  userId: ctx.user.id,
  sessionId: ctx.session.sessionId,
});

export const securityRouter = createTRPCRouter({
  sessions: protectedProcedure.query(({ ctx }) => sessions.listMySessions(viewerOf(ctx), ctx.clock.now())),
  revokeSession: protectedProcedure
    .input(revokeSessionInput)
    .mutation(({ ctx, input }) => sessions.revokeSession(viewerOf(ctx), input.sessionId)),
  revokeOtherSessions: protectedProcedure.mutation(({ ctx }) => sessions.revokeOtherSessions(viewerOf(ctx))),
});
