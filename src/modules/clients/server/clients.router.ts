import { createTRPCRouter, practiceProcedure, STAFF_ROLES } from "~/server/api/trpc";
import { setClientStatusInput } from "../schemas";
import { setClientStatus } from "./client-status.service";

export const clientsRouter = createTRPCRouter({
  setStatus: practiceProcedure(STAFF_ROLES)
    .input(setClientStatusInput)
    .mutation(({ ctx, input }) => setClientStatus(ctx.tenant, input)),
});
