import { createTRPCRouter, protectedProcedure } from "~/server/api/trpc";
import { detectedTimeZoneInput, updateProfileInput } from "../schemas";
import * as profile from "./profile.repo";

// Profile data belongs to the person, not to a practice, so these are user-scoped: every
// query is keyed by the session's user id and nothing else.
export const profileRouter = createTRPCRouter({
  get: protectedProcedure.query(({ ctx }) => profile.findProfile(ctx.user.id)),
  update: protectedProcedure
    .input(updateProfileInput)
    .mutation(({ ctx, input }) => profile.updateProfile(ctx.user.id, input)),
  reportDetectedTimeZone: protectedProcedure.input(detectedTimeZoneInput).mutation(async ({ ctx, input }) => ({
    updated: (await profile.setTimeZoneIfUnset(ctx.user.id, input.timeZone)).count === 1,
  })),
});
