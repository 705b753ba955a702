import { startOfLocalDay, type LocalDate } from "~/lib/time-zones";
import type { Today } from "~/modules/outreach/domain/today";

// The messages a client owes people, from every active project's Today (the rule the workspace
// and the 08:00 email use): follow-ups whose date has come, thank-you notes within a day of an
// interview, and word to the person who referred them. Overdue ones first, then by when each is
// due; a referrer update has no deadline, so those come last.

interface ProjectToday {
  projectId: string;
  projectTitle: string;
  /** The client's zone, in which the project's dates are calendar dates. */
  timeZone: string;
  today: Pick<Today, "date" | "followUps" | "thankYous" | "referrerUpdates">;
}

interface DueBase {
  projectId: string;
  projectTitle: string;
  contactId: string;
  contactName: string;
  overdue: boolean;
}

export type DueMessage =
  | (DueBase & { kind: "FOLLOW_UP"; dueOn: LocalDate; attempts: number; suggestNoReply: boolean })
  | (DueBase & { kind: "THANK_YOU"; dueBy: Date })
  | (DueBase & { kind: "REFERRER_UPDATE"; referrerName: string });

type Ranked = { message: DueMessage; dueAt: number };

function rankedOf({ projectId, projectTitle, timeZone, today }: ProjectToday): Ranked[] {
  const base = { projectId, projectTitle };
  return [
    ...today.followUps.map((f) => ({
      message: {
        ...base,
        kind: "FOLLOW_UP" as const,
        contactId: f.contactId,
        contactName: f.contactName,
        overdue: f.dueOn < today.date,
        dueOn: f.dueOn,
        attempts: f.attempts,
        suggestNoReply: f.suggestNoReply,
      },
      dueAt: startOfLocalDay(f.dueOn, timeZone).getTime(),
    })),
    ...today.thankYous.map((t) => ({
      message: {
        ...base,
        kind: "THANK_YOU" as const,
        contactId: t.contactId,
        contactName: t.contactName,
        overdue: t.overdue,
        dueBy: t.dueBy,
      },
      dueAt: t.dueBy.getTime(),
    })),
    ...today.referrerUpdates.map((r) => ({
      message: {
        ...base,
        kind: "REFERRER_UPDATE" as const,
        contactId: r.contactId,
        contactName: r.contactName,
        overdue: false,
        referrerName: r.referrerName,
      },
      dueAt: Number.POSITIVE_INFINITY,
    })),
  ];
}

export function dueMessages(projects: readonly ProjectToday[]): DueMessage[] {
  return projects
    .flatMap(rankedOf)
    .sort(
      (a, b) =>
        Number(b.message.overdue) - Number(a.message.overdue) ||
        a.dueAt - b.dueAt ||
        a.message.contactName.localeCompare(b.message.contactName),
    )
    .map((ranked) => ranked.message);
}
