import { createTRPCRouter, practiceProcedure } from "~/server/api/trpc";
import { ALL_ROLES, STAFF_ROLES } from "~/server/auth/roles";
import {
  assignProjectInput,
  listProjectsInput,
  outreachTemplateIdInput,
  outreachTemplateInput,
  projectIdInput,
  projectTemplateInput,
  templateIdInput,
  updateOutreachTemplateInput,
  updateProjectInput,
  updateProjectTemplateInput,
} from "../schemas";
import { assignProject, getProject, listAssignableClients, listProjects, updateProject } from "./projects.service";
import * as templates from "./templates.service";

export const projectsRouter = createTRPCRouter({
  // Projects: a client reads their own, staff those of their clients (an admin all).
  list: practiceProcedure(ALL_ROLES)
    .input(listProjectsInput)
    .query(({ ctx, input }) => listProjects(ctx.tenant, input)),
  get: practiceProcedure(ALL_ROLES)
    .input(projectIdInput)
    .query(({ ctx, input }) => getProject(ctx.tenant, input)),
  assignableClients: practiceProcedure(STAFF_ROLES).query(({ ctx }) => listAssignableClients(ctx.tenant)),
  assign: practiceProcedure(STAFF_ROLES)
    .input(assignProjectInput)
    .mutation(({ ctx, input }) => assignProject(ctx.tenant, input)),
  update: practiceProcedure(STAFF_ROLES)
    .input(updateProjectInput)
    .mutation(({ ctx, input }) => updateProject(ctx.tenant, input)),

  // Project templates (staff).
  templates: practiceProcedure(STAFF_ROLES).query(({ ctx }) => templates.listProjectTemplates(ctx.tenant)),
  createTemplate: practiceProcedure(STAFF_ROLES)
    .input(projectTemplateInput)
    .mutation(({ ctx, input }) => templates.createProjectTemplate(ctx.tenant, input)),
  updateTemplate: practiceProcedure(STAFF_ROLES)
    .input(updateProjectTemplateInput)
    .mutation(({ ctx, input }) => templates.updateProjectTemplate(ctx.tenant, input)),
  deleteTemplate: practiceProcedure(STAFF_ROLES)
    .input(templateIdInput)
    .mutation(({ ctx, input }) => templates.deleteProjectTemplate(ctx.tenant, input)),

  // Outreach templates: every member reads them (clients draft their messages from them), staff write.
  outreachTemplates: practiceProcedure(ALL_ROLES).query(({ ctx }) => templates.listOutreachTemplates(ctx.tenant)),
  createOutreachTemplate: practiceProcedure(STAFF_ROLES)
    .input(outreachTemplateInput)
    .mutation(({ ctx, input }) => templates.createOutreachTemplate(ctx.tenant, input)),
  updateOutreachTemplate: practiceProcedure(STAFF_ROLES)
    .input(updateOutreachTemplateInput)
    .mutation(({ ctx, input }) => templates.updateOutreachTemplate(ctx.tenant, input)),
  deleteOutreachTemplate: practiceProcedure(STAFF_ROLES)
    .input(outreachTemplateIdInput)
    .mutation(({ ctx, input }) => templates.deleteOutreachTemplate(ctx.tenant, input)),
});
