import { createTRPCRouter, practiceProcedure, STAFF_ROLES } from "~/server/api/trpc";
import { projectIdInput, submitCheckInInput } from "../schemas";
import { openCheckIn, requestCheckIn, submitCheckIn } from "./readiness.service";

// Answering is the client's own work (their projects only); asking for another check-in is staff's.
const CLIENT_ONLY = ["CLIENT"] as const;

export const readinessRouter = createTRPCRouter({
  openCheckIn: practiceProcedure(CLIENT_ONLY)
    .input(projectIdInput)
    .query(({ ctx, input }) => openCheckIn(ctx.tenant, input)),
  submit: practiceProcedure(CLIENT_ONLY)
    .input(submitCheckInInput)
    .mutation(({ ctx, input }) => submitCheckIn(ctx.tenant, input)),
  request: practiceProcedure(STAFF_ROLES)
    .input(projectIdInput)
    .mutation(({ ctx, input }) => requestCheckIn(ctx.tenant, input)),
});
