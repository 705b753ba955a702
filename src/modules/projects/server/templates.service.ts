import type { z } from "zod";
import type { TenantContext } from "~/server/api/tenant-context";
import { notFound } from "~/server/errors";
import { planFromTemplate } from "../domain/project-plan";
import type {
  OutreachTemplateInput,
  ProjectTemplateInput,
  outreachTemplateIdInput,
  templateIdInput,
  updateOutreachTemplateInput,
  updateProjectTemplateInput,
} from "../schemas";
import * as repo from "./templates.repo";

// A practice's project templates and short outreach messages. Any staff member may write them:
// coaches are the ones who shape the method, and a template is copied into a project when it
// is assigned, so editing or deleting one never changes a client's running project.

type TemplateRow = NonNullable<Awaited<ReturnType<typeof repo.findProjectTemplate>>>;

/** A template with its JSON columns read as the plan a project would start from. */
function templateView(row: TemplateRow) {
  const plan = planFromTemplate(row);
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    tracks: plan.tracks,
    questionBank: plan.questionBank,
    outreachGoalCount: row.outreachGoalCount,
    outreachGoalPeriod: row.outreachGoalPeriod,
    updatedAt: row.updatedAt,
  };
}

export type ProjectTemplateView = ReturnType<typeof templateView>;

export async function listProjectTemplates(ctx: TenantContext): Promise<ProjectTemplateView[]> {
  return (await repo.listProjectTemplates(ctx.db)).map(templateView);
}

export async function createProjectTemplate(ctx: TenantContext, input: ProjectTemplateInput) {
  return templateView(await repo.createProjectTemplate(ctx.db, input));
}

export async function updateProjectTemplate(ctx: TenantContext, input: z.infer<typeof updateProjectTemplateInput>) {
  const saved = await repo.updateProjectTemplate(ctx.db, input.templateId, input);
  if (!saved) throw notFound("That template");
  return templateView(saved);
}

export async function deleteProjectTemplate(ctx: TenantContext, input: z.infer<typeof templateIdInput>) {
  if (!(await repo.deleteProjectTemplate(ctx.db, input.templateId))) throw notFound("That template");
  return { deleted: true };
}

export function listOutreachTemplates(ctx: TenantContext) {
  return repo.listOutreachTemplates(ctx.db);
}

export async function createOutreachTemplate(ctx: TenantContext, input: OutreachTemplateInput) {
  return repo.createOutreachTemplate(ctx.db, input);
}

export async function updateOutreachTemplate(ctx: TenantContext, input: z.infer<typeof updateOutreachTemplateInput>) {
  const saved = await repo.updateOutreachTemplate(ctx.db, input.outreachTemplateId, input);
  if (!saved) throw notFound("That message");
  return saved;
}

export async function deleteOutreachTemplate(ctx: TenantContext, input: z.infer<typeof outreachTemplateIdInput>) {
  if (!(await repo.deleteOutreachTemplate(ctx.db, input.outreachTemplateId))) throw notFound("That message");
  return { deleted: true };
}
