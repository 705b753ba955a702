import { env } from "~/env";
import { formatInstant, localDateOf } from "~/lib/time-zones";
import { resolveViewerLocale } from "~/lib/viewer-locale";
import { fromPractice } from "~/server/email/sender";
import { daysIdle, isStalled, STALLED_DAYS } from "../domain/caseload";
import { digestDedupeKey, digestWeek, isDigestHour } from "../domain/weekly-digest";
import * as repo from "./weekly-digest.system.repo";

const WEEK_MS = 7 * 86_400_000;
const DAY_MS = 86_400_000;

function groupBy<Row>(rows: Row[], key: (row: Row) => string) {
  const groups = new Map<string, Row[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/**
 * The hourly cron's weekly digest: for each coach for whom it is Monday 08:xx (their profile's
 * zone, or their own when set), one email with the reflections shared in the last seven days,
 * their stalled clients and the sessions of the coming seven days. Skipped when all three are
 * empty; deduplicated per coach and ISO week. Returns how many were queued. Four reads in all,
 * whatever the number of coaches.
 */
export async function queueWeeklyDigests(now: Date): Promise<number> {
  const due = (await repo.findStaffCoaches())
    .map((coach) => ({ ...coach, zone: coach.membership.user.timeZone ?? coach.timeZone }))
    .filter((coach) => isDigestHour(now, coach.zone));
  if (due.length === 0) return 0;
  const ids = due.map((coach) => coach.id);
  const [reflections, quiet, sessions] = await Promise.all([
    repo.findSharedReflectionsSince(ids, new Date(now.getTime() - WEEK_MS), now),
    repo.findQuietProjects(ids, new Date(now.getTime() - STALLED_DAYS.min * DAY_MS)),
    repo.findConfirmedSessions(ids, now, new Date(now.getTime() + WEEK_MS)),
  ]);
  const reflectionsOf = groupBy(reflections, (r) => r.project.coachProfileId);
  const quietOf = groupBy(quiet, (p) => p.coachProfileId);
  const sessionsOf = groupBy(sessions, (s) => s.coachProfileId);

  let queued = 0;
  for (const coach of due) {
    const base = `${env.APP_URL}/p/${coach.practice.slug}`;
    const stalled = new Map<string, { clientName: string; daysIdle: number; url: string }>();
    for (const project of quietOf.get(coach.id) ?? []) {
      // One line per client (their quietest project), and only past the practice's own threshold.
      if (stalled.has(project.clientId) || !isStalled(project.lastActivityAt, now, coach.practice.stalledAfterDays)) {
        continue;
      }
      stalled.set(project.clientId, {
        clientName: project.client.name,
        daysIdle: daysIdle(project.lastActivityAt, now),
        url: `${base}/clients/${project.clientId}`,
      });
    }
    const props = {
      practiceName: coach.practice.name,
      brandColor: coach.practice.brandColor,
      coachName: coach.displayName,
      weekOf: new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" }).format(
        new Date(`${localDateOf(now, coach.zone)}T00:00:00Z`),
      ),
      newReflections: (reflectionsOf.get(coach.id) ?? []).map((reflection) => ({
        clientName: reflection.project.client.name,
        contactName: reflection.interview.contact.name,
        url: `${base}/reviews`,
      })),
      stalledClients: [...stalled.values()],
      sessions: (sessionsOf.get(coach.id) ?? []).map((session) => ({
        clientName: session.client.name,
        when: formatInstant(session.startAt, coach.zone, resolveViewerLocale(null, coach.membership.user.timeFormat)),
      })),
      caseloadUrl: `${base}/caseload`,
    };
    if (props.newReflections.length + props.stalledClients.length + props.sessions.length === 0) continue;
    const sent = await repo.enqueueDigest({
      template: "weekly-digest",
      to: coach.membership.user.email,
      props,
      dedupeKey: digestDedupeKey(coach.membershipId, digestWeek(now, coach.zone)),
      practiceId: coach.practiceId,
      fromName: fromPractice(coach.practice.name),
    });
    if (sent) queued++;
  }
  return queued;
}
