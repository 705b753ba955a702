import { env } from "~/env";
import { instantToZonedParts } from "~/lib/time-zones";
import { fromCoach } from "~/server/email/sender";
import { clientTimeZone, localDateOfColumn } from "../domain/client-zone";
import { computeToday } from "../domain/today";
import * as repo from "./daily-outreach.system.repo";

// The client's 08:00 note. Called hourly by the worker; each active project whose client's clock
// reads 08:xx gets one `outreach-due` email for that local date (the dedupe key makes a second
// run in the same hour, or a retry, harmless), and only when Today has something due.

const SEND_HOUR = "08";
// A weekly goal's period began at most 7 days ago; the email reports the goal, not the streak.
const GOAL_LOOKBACK_MS = 8 * 24 * 60 * 60 * 1000;

const groupBy = <T extends { projectId: string }>(rows: T[]) => {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(row.projectId, [...(groups.get(row.projectId) ?? []), row]);
  return (projectId: string) => groups.get(projectId) ?? [];
};

export async function queueDueOutreachEmails(now: Date): Promise<number> {
  const projects = (await repo.activeProjects())
    .map((project) => ({ ...project, timeZone: clientTimeZone(project.client, project.practice.timeZone) }))
    .filter((project) => instantToZonedParts(now, project.timeZone).time.startsWith(`${SEND_HOUR}:`));
  if (projects.length === 0) return 0;
  const ids = projects.map((project) => project.id);
  const [contacts, outreach] = await Promise.all([
    repo.contactsWithSomethingPending(ids),
    repo.outreachSince(ids, new Date(now.getTime() - GOAL_LOOKBACK_MS)),
  ]);
  const contactsOf = groupBy(contacts);
  const outreachOf = groupBy(outreach);

  let queued = 0;
  for (const project of projects) {
    const today = computeToday({
      now,
      timeZone: project.timeZone,
      project,
      contacts: contactsOf(project.id).map((contact) => ({
        ...contact,
        nextFollowUpOn: localDateOfColumn(contact.nextFollowUpOn),
        referrerName: contact.referredBy?.name ?? null,
      })),
      outreach: outreachOf(project.id),
    });
    if (!today.anythingDue) continue;
    const sent = await repo.queueOutreachDueEmail({
      template: "outreach-due",
      to: project.client.user?.email ?? project.client.email,
      practiceId: project.practiceId,
      dedupeKey: `outreach-due:${project.id}:${today.date}`,
      fromName: fromCoach(project.coach.displayName, project.practice.name),
      replyTo: project.coach.membership.user.email,
      props: {
        practiceName: project.practice.name,
        brandColor: project.practice.brandColor,
        clientName: project.client.name,
        projectTitle: project.title,
        goal: {
          target: today.goal.target,
          done: today.goal.done,
          period: today.goal.period === "DAY" ? "day" : "week",
        },
        followUps: today.followUps.map((f) => ({ contactName: f.contactName, daysSinceContact: f.daysSinceContact })),
        thankYous: today.thankYous.map((t) => ({ contactName: t.contactName })),
        referrerUpdates: today.referrerUpdates.map((r) => ({
          referrerName: r.referrerName,
          contactName: r.contactName,
        })),
        todayUrl: new URL(`/p/${project.practice.slug}/projects/${project.id}#today`, env.APP_URL).toString(),
      },
    });
    if (sent) queued++;
  }
  return queued;
}
