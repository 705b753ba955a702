import type { LocalDate } from "~/lib/time-zones";
import type { ContactStatus } from "./pipeline";

// The one thing to do next with a person, for the line under their name on the board. Read from
// the status the client sees and what has happened so far; the wording is the UI's.

export type NextStep =
  | { kind: "FIRST_MESSAGE" }
  | { kind: "AWAIT_REPLY"; followUpOn: LocalDate | null }
  | { kind: "FOLLOW_UP"; dueOn: LocalDate | null }
  | { kind: "MARK_NO_REPLY" }
  | { kind: "AGREE_TIME" }
  | { kind: "HOLD_INTERVIEW"; at: Date }
  | { kind: "RECORD_INTERVIEW" }
  | { kind: "THANK" }
  | { kind: "TELL_REFERRER"; referrerName: string }
  | { kind: "DONE" }
  | { kind: "ENDED" };

export interface NextStepContact {
  shownStatus: ContactStatus;
  nextFollowUpOn: LocalDate | null;
  followUpCount: number;
  referredBy: { name: string } | null;
  referrerToldAt: Date | null;
  /** Newest first, as the workspace loads them. */
  interviews: ReadonlyArray<{ occurredAt: Date; happened: boolean }>;
}

export function nextStepOf(contact: NextStepContact, project: { maxFollowUps: number }): NextStep {
  switch (contact.shownStatus) {
    case "IDENTIFIED":
      return { kind: "FIRST_MESSAGE" };
    case "CONTACTED":
      return { kind: "AWAIT_REPLY", followUpOn: contact.nextFollowUpOn };
    case "FOLLOW_UP_DUE":
      return contact.followUpCount >= project.maxFollowUps
        ? { kind: "MARK_NO_REPLY" }
        : { kind: "FOLLOW_UP", dueOn: contact.nextFollowUpOn };
    case "SCHEDULED": {
      const latest = contact.interviews[0];
      if (!latest) return { kind: "AGREE_TIME" };
      return latest.happened ? { kind: "RECORD_INTERVIEW" } : { kind: "HOLD_INTERVIEW", at: latest.occurredAt };
    }
    case "INTERVIEWED":
      return { kind: "THANK" };
    case "THANKED":
      return contact.referredBy && !contact.referrerToldAt
        ? { kind: "TELL_REFERRER", referrerName: contact.referredBy.name }
        : { kind: "DONE" };
    case "DECLINED":
    case "NO_REPLY":
      return { kind: "ENDED" };
  }
}
