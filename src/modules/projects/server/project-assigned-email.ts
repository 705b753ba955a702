import { env } from "~/env";
import { enqueueEmail } from "~/server/email/outbox";
import type { TenantContext } from "~/server/api/tenant-context";
import { describeOutreachGoal, formatCalendarDate } from "../domain/project-plan";
import type { AssignProjectInput } from "../schemas";

const projectUrlOf = (practiceSlug: string, projectId: string) =>
  new URL(`/p/${practiceSlug}/projects/${projectId}`, env.APP_URL).toString();

/** "Your coach gave you a project", queued in the assignment's transaction (one per project). */
export function queueProjectAssignedEmail(
  ctx: TenantContext,
  email: {
    projectId: string;
    client: { name: string; email: string };
    coachName: string;
    input: AssignProjectInput;
  },
) {
  const { input } = email;
  return enqueueEmail(ctx.db, {
    template: "project-assigned",
    to: email.client.email,
    dedupeKey: `project-assigned:${email.projectId}`,
    practiceId: ctx.practice.id,
    props: {
      practiceName: ctx.practice.name,
      brandColor: ctx.practice.brandColor,
      clientName: email.client.name,
      coachName: email.coachName,
      projectTitle: input.title,
      northStar: input.northStar,
      dueDate: input.dueDate ? formatCalendarDate(input.dueDate) : null,
      tracks: input.tracks.map(({ name, targetCount }) => ({ name, targetCount })),
      outreachGoal: describeOutreachGoal(input.outreachGoalCount, input.outreachGoalPeriod),
      projectUrl: projectUrlOf(ctx.practice.slug, email.projectId),
    },
  });
}
