import { CLIENTS_KEEP_WORKING } from "~/server/api/plan-gate";
import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { ALL_ROLES, CLIENT_ROLES } from "~/server/auth/roles";
import {
  contactRef,
  createContactInput,
  logOutreachInput,
  moveContactInput,
  projectRef,
  saveInterviewInput,
  updateContactInput,
} from "../schemas";
import * as contacts from "./contacts.service";
import * as interviews from "./interviews.service";
import * as outreach from "./outreach-log.service";
import * as workspace from "./workspace.service";

// The client works their project here; staff who may see it read the same workspace.
const clientWork = practiceProcedure(CLIENT_ROLES, { whileLapsed: CLIENTS_KEEP_WORKING });

export const outreachRouter = createTRPCRouter({
  workspace: practiceProcedure(ALL_ROLES)
    .input(projectRef)
    .query(({ ctx, input }) => workspace.loadWorkspace(ctx.tenant, input)),
  createContact: clientWork
    .input(createContactInput)
    .mutation(({ ctx, input }) => contacts.createContact(ctx.tenant, input)),
  updateContact: clientWork
    .input(updateContactInput)
    .mutation(({ ctx, input }) => contacts.updateContact(ctx.tenant, input)),
  moveContact: clientWork.input(moveContactInput).mutation(({ ctx, input }) => contacts.moveContact(ctx.tenant, input)),
  deleteContact: clientWork.input(contactRef).mutation(({ ctx, input }) => contacts.deleteContact(ctx.tenant, input)),
  logOutreach: clientWork.input(logOutreachInput).mutation(({ ctx, input }) => outreach.logOutreach(ctx.tenant, input)),
  saveInterview: clientWork
    .input(saveInterviewInput)
    .mutation(({ ctx, input }) => interviews.saveInterview(ctx.tenant, input)),
});
