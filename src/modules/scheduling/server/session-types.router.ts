import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { STAFF_ROLES } from "~/server/auth/roles";
import {
  createSessionTypeInput,
  listSessionTypesInput,
  reorderSessionTypesInput,
  sessionTypeIdInput,
  setSessionTypeArchivedInput,
  updateSessionTypeInput,
} from "../schemas";
import * as sessionTypes from "./session-types.service";

// Staff manage their own coach profile's session types; owners and admins any coach's of the practice.
export const sessionTypesRouter = createTRPCRouter({
  list: practiceProcedure(STAFF_ROLES)
    .input(listSessionTypesInput)
    .query(({ ctx, input }) => sessionTypes.listSessionTypes(ctx.tenant, input)),
  create: practiceProcedure(STAFF_ROLES)
    .input(createSessionTypeInput)
    .mutation(({ ctx, input }) => sessionTypes.createSessionType(ctx.tenant, input)),
  update: practiceProcedure(STAFF_ROLES)
    .input(updateSessionTypeInput)
    .mutation(({ ctx, input }) => sessionTypes.updateSessionType(ctx.tenant, input)),
  setArchived: practiceProcedure(STAFF_ROLES)
    .input(setSessionTypeArchivedInput)
    .mutation(({ ctx, input }) => sessionTypes.setSessionTypeArchived(ctx.tenant, input)),
  reorder: practiceProcedure(STAFF_ROLES)
    .input(reorderSessionTypesInput)
    .mutation(({ ctx, input }) => sessionTypes.reorderSessionTypes(ctx.tenant, input)),
  regenerateLink: practiceProcedure(STAFF_ROLES)
    .input(sessionTypeIdInput)
    .mutation(({ ctx, input }) => sessionTypes.regenerateSessionTypeLink(ctx.tenant, input)),
});
