import type { TenantDb } from "~/server/db/tenant";
import type { OutreachTemplateInput, ProjectTemplateInput } from "../schemas";

const projectTemplateSelect = {
  id: true,
  name: true,
  description: true,
  tracks: true,
  questionBank: true,
  outreachGoalCount: true,
  outreachGoalPeriod: true,
  updatedAt: true,
} as const;

// Field by field, so nothing else the procedure's input carries (practiceSlug, ids) reaches Prisma.
const projectTemplateRow = (input: ProjectTemplateInput) => ({
  name: input.name,
  description: input.description,
  tracks: input.tracks.map(({ name, targetCount }) => ({ name, targetCount })),
  questionBank: input.questionBank,
  outreachGoalCount: input.outreachGoalCount,
  outreachGoalPeriod: input.outreachGoalPeriod,
});

export function listProjectTemplates(db: TenantDb) {
  return db.projectTemplate.findMany({ select: projectTemplateSelect, orderBy: [{ name: "asc" }, { id: "asc" }] });
}

export function findProjectTemplate(db: TenantDb, templateId: string) {
  return db.projectTemplate.findFirst({ where: { id: templateId }, select: projectTemplateSelect });
}

export function createProjectTemplate(db: TenantDb, input: ProjectTemplateInput) {
  return db.projectTemplate.create({
    data: { ...projectTemplateRow(input), practiceId: db.practiceId },
    select: projectTemplateSelect,
  });
}

/** Null when the template is not in the practice. */
export async function updateProjectTemplate(db: TenantDb, templateId: string, input: ProjectTemplateInput) {
  const { count } = await db.projectTemplate.updateMany({ where: { id: templateId }, data: projectTemplateRow(input) });
  return count === 1 ? findProjectTemplate(db, templateId) : null;
}

/** Projects made from it keep their copy (templateId is set to null). */
export async function deleteProjectTemplate(db: TenantDb, templateId: string): Promise<boolean> {
  const { count } = await db.projectTemplate.deleteMany({ where: { id: templateId } });
  return count === 1;
}

const outreachTemplateSelect = {
  id: true,
  name: true,
  kind: true,
  subject: true,
  body: true,
  updatedAt: true,
} as const;

const outreachTemplateRow = (input: OutreachTemplateInput) => ({
  name: input.name,
  kind: input.kind,
  subject: input.subject,
  body: input.body,
});

export function listOutreachTemplates(db: TenantDb) {
  return db.outreachTemplate.findMany({
    select: outreachTemplateSelect,
    orderBy: [{ kind: "asc" }, { name: "asc" }, { id: "asc" }],
  });
}

export function createOutreachTemplate(db: TenantDb, input: OutreachTemplateInput) {
  return db.outreachTemplate.create({
    data: { ...outreachTemplateRow(input), practiceId: db.practiceId },
    select: outreachTemplateSelect,
  });
}

export async function updateOutreachTemplate(db: TenantDb, outreachTemplateId: string, input: OutreachTemplateInput) {
  const { count } = await db.outreachTemplate.updateMany({
    where: { id: outreachTemplateId },
    data: outreachTemplateRow(input),
  });
  if (count !== 1) return null;
  return db.outreachTemplate.findFirst({ where: { id: outreachTemplateId }, select: outreachTemplateSelect });
}

export async function deleteOutreachTemplate(db: TenantDb, outreachTemplateId: string): Promise<boolean> {
  const { count } = await db.outreachTemplate.deleteMany({ where: { id: outreachTemplateId } });
  return count === 1;
}
