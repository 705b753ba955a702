import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { STAFF_ROLES } from "~/server/auth/roles";
import {
  coachCancelInput,
  coachRescheduleInput,
  outcomeInput,
  rescheduleSlotsInput,
  sessionListInput,
} from "../schemas";
import * as sessions from "./coach-bookings.service";

export const bookingsRouter = createTRPCRouter({
  sessions: practiceProcedure(STAFF_ROLES)
    .input(sessionListInput)
    .query(({ ctx, input }) => sessions.listSessions(ctx.tenant, input)),
  rescheduleSlots: practiceProcedure(STAFF_ROLES)
    .input(rescheduleSlotsInput)
    .query(({ ctx, input }) => sessions.slotsForReschedule(ctx.tenant, input)),
  cancel: practiceProcedure(STAFF_ROLES)
    .input(coachCancelInput)
    .mutation(({ ctx, input }) => sessions.cancelSession(ctx.tenant, input)),
  reschedule: practiceProcedure(STAFF_ROLES)
    .input(coachRescheduleInput)
    .mutation(({ ctx, input }) => sessions.rescheduleSession(ctx.tenant, input)),
  recordOutcome: practiceProcedure(STAFF_ROLES)
    .input(outcomeInput)
    .mutation(({ ctx, input }) => sessions.recordOutcome(ctx.tenant, input)),
});
