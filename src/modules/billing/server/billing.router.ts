import { whileLapsed } from "~/server/api/plan-gate";
import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { ADMIN_ROLES, STAFF_ROLES } from "~/server/auth/roles";
import { applyPlanChangeInput, checkoutReturnInput, planChangeInput, startCheckoutInput } from "../schemas";
import * as billing from "./billing.service";

// Procedures that call Stripe opt out of the mutation transaction: a network call must not
// hold a database transaction open. Their audit event is written once the call succeeded.
const stripeAction = practiceProcedure(ADMIN_ROLES, {
  transaction: false,
  whileLapsed: whileLapsed.allow("paying is how a lapsed practice comes back"),
});

export const billingRouter = createTRPCRouter({
  overview: practiceProcedure(ADMIN_ROLES).query(({ ctx }) => billing.billingOverview(ctx.tenant)),
  banner: practiceProcedure(STAFF_ROLES).query(({ ctx }) => billing.billingBanner(ctx.tenant)),
  startCheckout: stripeAction
    .input(startCheckoutInput)
    .mutation(({ ctx, input }) => billing.startCheckout(ctx.tenant, input)),
  openPortal: stripeAction.mutation(({ ctx }) => billing.openCustomerPortal(ctx.tenant)),
  syncCheckout: stripeAction
    .input(checkoutReturnInput)
    .mutation(({ ctx, input }) => billing.syncCheckoutReturn(ctx.tenant, input)),
  previewChange: practiceProcedure(ADMIN_ROLES, { transaction: false })
    .input(planChangeInput)
    .query(({ ctx, input }) => billing.previewPlanChange(ctx.tenant, input)),
  changePlan: stripeAction
    .input(applyPlanChangeInput)
    .mutation(({ ctx, input }) => billing.applyPlanChange(ctx.tenant, input)),
});
