import { CLIENTS_KEEP_WORKING } from "~/server/api/plan-gate";
import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { ALL_ROLES, CLIENT_ROLES, STAFF_ROLES } from "~/server/auth/roles";
import {
  commentInput,
  exportProjectInput,
  finishReflectionInput,
  interviewInput,
  projectInput,
  referredContactInput,
  reflectionInput,
  reviewQueueInput,
  saveDraftInput,
  saveSynthesisInput,
} from "../schemas";
import * as comments from "./comments.service";
import * as reflections from "./reflection-page.service";
import * as synthesis from "./synthesis.service";

const clientWork = practiceProcedure(CLIENT_ROLES, { whileLapsed: CLIENTS_KEEP_WORKING });

export const reflectionsRouter = createTRPCRouter({
  page: practiceProcedure(ALL_ROLES)
    .input(interviewInput)
    .query(({ ctx, input }) => reflections.reflectionPage(ctx.tenant, input)),
  saveDraft: clientWork.input(saveDraftInput).mutation(({ ctx, input }) => reflections.saveDraft(ctx.tenant, input)),
  finish: clientWork
    .input(finishReflectionInput)
    .mutation(({ ctx, input }) => reflections.finishReflection(ctx.tenant, input)),
  addReferredContact: clientWork
    .input(referredContactInput)
    .mutation(({ ctx, input }) => reflections.addReferredContact(ctx.tenant, input)),
  // A client answering their coach is their own work; staff comments wait for the plan.
  comment: practiceProcedure(ALL_ROLES, { whileLapsed: CLIENTS_KEEP_WORKING })
    .input(commentInput)
    .mutation(({ ctx, input }) => comments.addComment(ctx.tenant, input)),
  markReviewed: practiceProcedure(STAFF_ROLES)
    .input(reflectionInput)
    .mutation(({ ctx, input }) => comments.markReviewed(ctx.tenant, input)),
  reviewQueue: practiceProcedure(STAFF_ROLES)
    .input(reviewQueueInput)
    .query(({ ctx, input }) => comments.reviewQueue(ctx.tenant, input)),
  synthesis: practiceProcedure(ALL_ROLES)
    .input(projectInput)
    .query(({ ctx, input }) => synthesis.synthesisView(ctx.tenant, input)),
  saveSynthesis: clientWork
    .input(saveSynthesisInput)
    .mutation(({ ctx, input }) => synthesis.saveSynthesis(ctx.tenant, input)),
  closeProject: practiceProcedure(STAFF_ROLES)
    .input(projectInput)
    .mutation(({ ctx, input }) => synthesis.closeProject(ctx.tenant, input)),
  reopenProject: practiceProcedure(STAFF_ROLES)
    .input(projectInput)
    .mutation(({ ctx, input }) => synthesis.reopenProject(ctx.tenant, input)),
  exportProject: practiceProcedure(ALL_ROLES)
    .input(exportProjectInput)
    .query(({ ctx, input }) => synthesis.exportProject(ctx.tenant, input)),
});
