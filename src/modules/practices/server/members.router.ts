import { whileLapsed } from "~/server/api/plan-gate";
import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { ADMIN_ROLES, STAFF_ROLES } from "~/server/auth/roles";
import { auditListInput, changeRoleInput, invitationIdInput, inviteMemberInput, membershipIdInput } from "../schemas";
import * as members from "./members.service";

export const membersRouter = createTRPCRouter({
  list: practiceProcedure(STAFF_ROLES).query(({ ctx }) => members.listMembers(ctx.tenant)),
  invite: practiceProcedure(ADMIN_ROLES)
    .input(inviteMemberInput)
    .mutation(({ ctx, input }) => members.inviteMember(ctx.tenant, input)),
  resendInvitation: practiceProcedure(ADMIN_ROLES)
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => members.resendInvitation(ctx.tenant, input.invitationId)),
  revokeInvitation: practiceProcedure(ADMIN_ROLES)
    .input(invitationIdInput)
    .mutation(({ ctx, input }) => members.revokeInvitation(ctx.tenant, input.invitationId)),
  changeRole: practiceProcedure(ADMIN_ROLES)
    .input(changeRoleInput)
    .mutation(({ ctx, input }) => members.changeMemberRole(ctx.tenant, input)),
  remove: practiceProcedure(ADMIN_ROLES, {
    whileLapsed: whileLapsed.allow("removing people costs nothing and can bring the practice back within its plan"),
  })
    .input(membershipIdInput)
    .mutation(({ ctx, input }) => members.removeMember(ctx.tenant, input.membershipId)),
  auditLog: practiceProcedure(ADMIN_ROLES)
    .input(auditListInput)
    .query(({ ctx, input }) => members.listAuditLog(ctx.tenant, input)),
});
