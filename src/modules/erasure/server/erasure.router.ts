import { createTRPCRouter, practiceProcedure, protectedProcedure } from "~/server/api/trpc";
import { whileLapsed } from "~/server/api/plan-gate";
import { STAFF_ROLES } from "~/server/auth/roles";
import { deletePracticeInput, eraseClientInput, scheduleAccountDeletionInput } from "../schemas";
import * as accounts from "./account-deletion.service";
import * as clients from "./client-erasure.service";
import * as practices from "./practice-deletion.service";

// A practice is deleted by its owners alone, as it is theirs.
const OWNER_ONLY = ["OWNER"] as const;
const ERASURE_IS_A_RIGHT = "A person's data is erased on request whatever the practice's plan.";

export const erasureRouter = createTRPCRouter({
  accountStatus: protectedProcedure.query(({ ctx }) => accounts.accountDeletionStatus(ctx.user.id, ctx.clock.now())),
  scheduleAccountDeletion: protectedProcedure
    .input(scheduleAccountDeletionInput)
    .mutation(({ ctx, input }) =>
      accounts.scheduleAccountDeletion(
        { userId: ctx.user.id, sessionId: ctx.session.sessionId },
        input.confirmation,
        ctx.clock.now(),
      ),
    ),
  cancelAccountDeletion: protectedProcedure.mutation(({ ctx }) =>
    accounts.cancelAccountDeletion(ctx.user.id, ctx.clock.now()),
  ),
  // Outside a transaction: the erasure writes rows no practice owns (the email log's practice-less part) in one
  // of its own, then cancels upcoming sessions one by one.
  eraseClient: practiceProcedure(STAFF_ROLES, {
    transaction: false,
    whileLapsed: whileLapsed.allow(ERASURE_IS_A_RIGHT),
  })
    .input(eraseClientInput)
    .mutation(({ ctx, input }) => clients.eraseClientOnRequest(ctx.tenant, input)),
  practiceDeletionCheck: practiceProcedure(OWNER_ONLY).query(({ ctx }) => practices.deletionCheck(ctx.tenant)),
  deletePractice: practiceProcedure(OWNER_ONLY, {
    whileLapsed: whileLapsed.allow("A practice whose subscription has ended can be deleted."),
  })
    .input(deletePracticeInput)
    .mutation(({ ctx, input }) => practices.requestPracticeDeletion(ctx.tenant, input)),
});
