import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";
import { detectedTimeZoneInput, updateProfileInput } from "../schemas";
import * as profile from "./profile.service";

// User-scoped procedures: a person's own profile, whatever practice they are in.
export const profileRouter = createTRPCRouter({
  get: protectedProcedure.query(({ ctx }) => profile.getProfile(ctx.user.id)),
  update: protectedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => profile.updateProfile(ctx.user.id, input)),
  reportDetectedTimeZone: protectedProcedure
    .input(detectedTimeZoneInput)
    .mutation(({ ctx, input }) => profile.reportDetectedTimeZone(ctx.user.id, input)),
});
