import { whileLapsed } from "~/server/api/plan-gate";
import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { ADMIN_ROLES, ALL_ROLES } from "~/server/auth/roles";
import { emailLogInput, retryEmailInput, setEmailPreferenceInput } from "../schemas";
import * as emailLog from "./email-log.service";
import * as preferences from "./preferences.service";

export const notificationsRouter = createTRPCRouter({
  log: practiceProcedure(ADMIN_ROLES)
    .input(emailLogInput)
    .query(({ ctx, input }) => emailLog.listEmailLog(ctx.tenant, input)),
  statusCounts: practiceProcedure(ADMIN_ROLES).query(({ ctx }) => emailLog.emailStatusCounts(ctx.tenant)),
  retry: practiceProcedure(ADMIN_ROLES)
    .input(retryEmailInput)
    .mutation(({ ctx, input }) => emailLog.retryDeadEmail(ctx.tenant, input)),
  preferences: practiceProcedure(ALL_ROLES).query(({ ctx }) => preferences.emailPreferences(ctx.tenant)),
  setPreference: practiceProcedure(ALL_ROLES, {
    whileLapsed: whileLapsed.allow("everyone keeps choosing which emails they get"),
  })
    .input(setEmailPreferenceInput)
    .mutation(({ ctx, input }) => preferences.setEmailPreference(ctx.tenant, input)),
});
