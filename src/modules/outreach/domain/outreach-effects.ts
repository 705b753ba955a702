import { addDays, localDateOf, type LocalDate } from "~/lib/time-zones";
import type { ContactStatus } from "./pipeline";

// What logging a message or recording an interview does to a contact. Pure, so the rules are
// tested without a database: the service loads the contact, asks here, and writes the answer.

export const OUTREACH_KINDS = ["INITIAL", "FOLLOW_UP", "THANK_YOU", "REFERRER_UPDATE"] as const;
export type OutreachKind = (typeof OUTREACH_KINDS)[number];

export const OUTREACH_KIND_LABELS: Record<OutreachKind, string> = {
  INITIAL: "First message",
  FOLLOW_UP: "Follow-up",
  THANK_YOU: "Thank-you note",
  REFERRER_UPDATE: "Update to the person who referred them",
};

export interface ContactState {
  status: ContactStatus;
  firstContactedAt: Date | null;
  followUpCount: number;
  interviewedAt: Date | null;
  referredById: string | null;
}

interface ContactChanges {
  status?: ContactStatus;
  firstContactedAt?: Date;
  lastContactedAt?: Date;
  nextFollowUpOn?: LocalDate | null;
  followUpCount?: number;
  thankedAt?: Date;
  referrerToldAt?: Date;
}

// Asking (again) reopens the conversation only while it is still open or went quiet; a message to
// someone already scheduled or interviewed is logged but changes nothing in their pipeline.
const ASKING_MOVES_FROM: readonly ContactStatus[] = ["IDENTIFIED", "CONTACTED", "FOLLOW_UP_DUE", "NO_REPLY"];

type OutreachOutcome = { ok: true; changes: ContactChanges } | { ok: false; reason: string };

/**
 * The contact's new state after the client logs a message of `kind` sent at `sentAt`.
 * A first message or a follow-up sets the next follow-up date `followUpAfterDays` later on the
 * client's calendar (in `timeZone`); a thank-you closes the follow-ups; an update to the referrer
 * is logged on the person it is about (so deleting that person removes it) and records that the
 * referrer was told.
 */
export function afterOutreach(
  contact: ContactState,
  message: { kind: OutreachKind; sentAt: Date },
  project: { followUpAfterDays: number; timeZone: string },
): OutreachOutcome {
  const { kind, sentAt } = message;
  const followUpOn = addDays(localDateOf(sentAt, project.timeZone), project.followUpAfterDays);
  switch (kind) {
    case "INITIAL":
    case "FOLLOW_UP": {
      const changes: ContactChanges = { lastContactedAt: sentAt, firstContactedAt: contact.firstContactedAt ?? sentAt };
      if (kind === "FOLLOW_UP") changes.followUpCount = contact.followUpCount + 1;
      if (ASKING_MOVES_FROM.includes(contact.status)) {
        changes.status = "CONTACTED";
        changes.nextFollowUpOn = followUpOn;
      }
      return { ok: true, changes };
    }
    case "THANK_YOU": {
      if (!contact.interviewedAt) return { ok: false, reason: "Record the interview before logging a thank-you." };
      return {
        ok: true,
        changes: { status: "THANKED", thankedAt: sentAt, lastContactedAt: sentAt, nextFollowUpOn: null },
      };
    }
    case "REFERRER_UPDATE": {
      if (!contact.referredById)
        return { ok: false, reason: "Nobody referred this person, so there is no one to update." };
      if (!contact.interviewedAt)
        return { ok: false, reason: "Record the interview before telling the referrer how it went." };
      return { ok: true, changes: { referrerToldAt: sentAt } };
    }
  }
}

/**
 * A contact's state once an interview is saved, from the times of all their interviews: one that
 * has happened (at or before now) makes them interviewed, at the latest such time, and ends any
 * follow-ups; only interviews still ahead (being prepared) make them scheduled. A new interview
 * after a thank-you needs a thank-you of its own, so they are "interviewed" again.
 */
export function afterInterviewSaved(
  contact: { status: ContactStatus; thankedAt: Date | null },
  interviewTimes: readonly Date[],
  now: Date,
): { status: ContactStatus; interviewedAt: Date | null; nextFollowUpOn: null } {
  const happened = interviewTimes.filter((at) => at.getTime() <= now.getTime());
  if (happened.length > 0) {
    const latest = new Date(Math.max(...happened.map((at) => at.getTime())));
    const thanked = contact.thankedAt !== null && contact.thankedAt.getTime() >= latest.getTime();
    return { status: thanked ? "THANKED" : "INTERVIEWED", interviewedAt: latest, nextFollowUpOn: null };
  }
  return { status: "SCHEDULED", interviewedAt: null, nextFollowUpOn: null };
}
