import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { STAFF_ROLES } from "~/server/auth/roles";
import {
  bookForClientInput,
  bookForClientSlotsInput,
  clientBookInput,
  clientIdOnlyInput,
  clientSlotsInput,
} from "../schemas";
import * as sessions from "./client-sessions.service";

// Booking a new session is refused while the practice's plan has lapsed (the plan gate's
// default), as the public booking page is: a lapsed practice takes no new sessions.
export const clientSessionsRouter = createTRPCRouter({
  overview: practiceProcedure(["CLIENT"]).query(({ ctx }) => sessions.clientSessionsOverview(ctx.tenant)),
  slots: practiceProcedure(["CLIENT"])
    .input(clientSlotsInput)
    .query(({ ctx, input }) => sessions.clientSlots(ctx.tenant, input)),
  book: practiceProcedure(["CLIENT"])
    .input(clientBookInput)
    .mutation(({ ctx, input }) => sessions.bookAsClient(ctx.tenant, input)),
  staffOptions: practiceProcedure(STAFF_ROLES)
    .input(clientIdOnlyInput)
    .query(({ ctx, input }) => sessions.staffBookingOptions(ctx.tenant, input)),
  staffSlots: practiceProcedure(STAFF_ROLES)
    .input(bookForClientSlotsInput)
    .query(({ ctx, input }) => sessions.staffSlots(ctx.tenant, input)),
  bookForClient: practiceProcedure(STAFF_ROLES)
    .input(bookForClientInput)
    .mutation(({ ctx, input }) => sessions.bookForClient(ctx.tenant, input)),
});
