import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { STAFF_ROLES } from "~/server/auth/roles";
import { updateAvailabilityInput } from "../schemas";
import * as availability from "./availability.service";

export const schedulingRouter = createTRPCRouter({
  myAvailability: practiceProcedure(STAFF_ROLES).query(({ ctx }) => availability.getMyAvailability(ctx.tenant)),
  updateAvailability: practiceProcedure(STAFF_ROLES)
    .input(updateAvailabilityInput)
    .mutation(({ ctx, input }) => availability.updateMyAvailability(ctx.tenant, input)),
});
