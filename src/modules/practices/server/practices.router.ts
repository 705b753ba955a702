import { createTRPCRouter, practiceProcedure, protectedProcedure } from "~/server/api/trpc";
import { ADMIN_ROLES } from "~/server/auth/roles";
import { createPracticeInput, slugAvailabilityInput, staffSecondFactorInput, updatePracticeInput } from "../schemas";
import * as practices from "./practices.service";

export const practicesRouter = createTRPCRouter({
  mine: protectedProcedure.query(({ ctx }) => practices.listMyPractices(ctx.user.id)),
  create: protectedProcedure
    .input(createPracticeInput)
    .mutation(({ ctx, input }) => practices.createPractice(ctx.user.id, input)),
  slugAvailable: protectedProcedure
    .input(slugAvailabilityInput)
    .query(({ input }) => practices.isSlugAvailable(input.slug)),
  get: practiceProcedure().query(({ ctx }) => practices.getPractice(ctx.tenant)),
  update: practiceProcedure(ADMIN_ROLES)
    .input(updatePracticeInput)
    .mutation(({ ctx, input }) => practices.updatePractice(ctx.tenant, input)),
  requireStaffSecondFactor: practiceProcedure(["OWNER"])
    .input(staffSecondFactorInput)
    .mutation(({ ctx, input }) => practices.setStaffSecondFactorRequirement(ctx.tenant, input)),
});
