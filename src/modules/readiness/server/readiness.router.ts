import { CLIENTS_KEEP_WORKING } from "~/server/api/plan-gate";
import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { CLIENT_ROLES, STAFF_ROLES } from "~/server/auth/roles";
import { projectIdInput, submitCheckInInput } from "../schemas";
import { openCheckIn, requestCheckIn, submitCheckIn } from "./readiness.service";

// Answering is the client's own work (their projects only); asking for another check-in is staff's.
const clientWork = practiceProcedure(CLIENT_ROLES, { whileLapsed: CLIENTS_KEEP_WORKING });

export const readinessRouter = createTRPCRouter({
  openCheckIn: clientWork.input(projectIdInput).query(({ ctx, input }) => openCheckIn(ctx.tenant, input)),
  submit: clientWork.input(submitCheckInInput).mutation(({ ctx, input }) => submitCheckIn(ctx.tenant, input)),
  request: practiceProcedure(STAFF_ROLES)
    .input(projectIdInput)
    .mutation(({ ctx, input }) => requestCheckIn(ctx.tenant, input)),
});
