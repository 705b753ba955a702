import { wayInto, type ClientAccess } from "~/modules/clients/server/client-access.service";
import { enqueueEmail } from "~/server/email/outbox";
import { fromCoach } from "~/server/email/sender";
import type { TenantContext } from "~/server/api/tenant-context";
import { formatLocalDate } from "~/lib/time-zones";
import { describeOutreachGoal } from "../domain/project-plan";
import type { AssignProjectInput } from "../schemas";
import type { ProjectCoach } from "./projects.repo";

/** "Your coach gave you a project", queued in the assignment's transaction (one per project). */
export async function queueProjectAssignedEmail(
  ctx: TenantContext,
  email: {
    projectId: string;
    client: { name: string; email: string; timeZone: string | null };
    access: ClientAccess;
    coach: ProjectCoach;
    input: AssignProjectInput;
  },
) {
  const { input, coach } = email;
  const way = await wayInto(ctx, email.client, email.access, `/p/${ctx.practice.slug}/projects/${email.projectId}`);
  return enqueueEmail(ctx.db, {
    template: "project-assigned",
    to: email.client.email,
    dedupeKey: `project-assigned:${email.projectId}`,
    practiceId: ctx.practice.id,
    fromName: fromCoach(coach.displayName, ctx.practice.name),
    // The client's questions about the project are for the coach who will guide it, whoever set it up.
    replyTo: coach.membership.user.email,
    props: {
      practiceName: ctx.practice.name,
      brandColor: ctx.practice.brandColor,
      clientName: email.client.name,
      coachName: coach.displayName,
      projectTitle: input.title,
      northStar: input.northStar,
      dueDate: input.dueDate ? formatLocalDate(input.dueDate, undefined, { short: true, year: true }) : null,
      tracks: input.tracks.map(({ name, targetCount }) => ({ name, targetCount })),
      outreachGoal: describeOutreachGoal(input.outreachGoalCount, input.outreachGoalPeriod),
      projectUrl: way.pageUrl,
      signInUrl: way.signInUrl,
      signInExpiresAt: way.signInExpiresAt,
    },
  });
}
