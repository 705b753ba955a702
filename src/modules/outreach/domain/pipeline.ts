// A contact's way through the pipeline: identified → contacted → follow-up due → scheduled →
// interviewed → thanked, or declined / no reply. The client moves a contact by hand only along
// the arrows below; "interviewed" is reached only by recording an interview (so progress always
// has an interview behind it), and logging a message moves a contact too (see outreach-effects).

export const CONTACT_STATUSES = [
  "IDENTIFIED",
  "CONTACTED",
  "FOLLOW_UP_DUE",
  "SCHEDULED",
  "INTERVIEWED",
  "THANKED",
  "DECLINED",
  "NO_REPLY",
] as const;

export type ContactStatus = (typeof CONTACT_STATUSES)[number];

export const STATUS_LABELS: Record<ContactStatus, string> = {
  IDENTIFIED: "Identified",
  CONTACTED: "Contacted",
  FOLLOW_UP_DUE: "Follow-up due",
  SCHEDULED: "Scheduled",
  INTERVIEWED: "Interviewed",
  THANKED: "Thanked",
  DECLINED: "Declined",
  NO_REPLY: "No reply",
};

type StatusTone = "neutral" | "brand" | "warning" | "danger" | "success";

export const STATUS_TONES: Record<ContactStatus, StatusTone> = {
  IDENTIFIED: "neutral",
  CONTACTED: "brand",
  FOLLOW_UP_DUE: "warning",
  SCHEDULED: "brand",
  INTERVIEWED: "success",
  THANKED: "success",
  DECLINED: "danger",
  NO_REPLY: "neutral",
};

/**
 * Moves a client may make by hand. A person who declined or never replied may still come back
 * ("actually, happy to talk"), so both can go to scheduled; nothing returns to "identified",
 * which would forget that outreach happened.
 */
const MANUAL_MOVES: Record<ContactStatus, readonly ContactStatus[]> = {
  IDENTIFIED: ["CONTACTED", "DECLINED"],
  CONTACTED: ["FOLLOW_UP_DUE", "SCHEDULED", "DECLINED", "NO_REPLY"],
  FOLLOW_UP_DUE: ["CONTACTED", "SCHEDULED", "DECLINED", "NO_REPLY"],
  SCHEDULED: ["CONTACTED", "DECLINED"],
  INTERVIEWED: ["THANKED"],
  THANKED: [],
  DECLINED: ["CONTACTED", "SCHEDULED"],
  NO_REPLY: ["CONTACTED", "SCHEDULED", "DECLINED"],
};

export function allowedMoves(from: ContactStatus): readonly ContactStatus[] {
  return MANUAL_MOVES[from];
}

export function canMove(from: ContactStatus, to: ContactStatus): boolean {
  return MANUAL_MOVES[from].includes(to);
}

export function moveRefusal(from: ContactStatus, to: ContactStatus): string {
  if (to === "INTERVIEWED") return "Record the interview to mark someone as interviewed.";
  return `A contact who is “${STATUS_LABELS[from]}” can't be moved to “${STATUS_LABELS[to]}”.`;
}

/**
 * The status to show: a contacted person whose follow-up date has arrived reads "follow-up due"
 * without anything having to rewrite the row at midnight. Dates are local "YYYY-MM-DD" strings,
 * which compare correctly as text.
 */
export function displayedStatus(
  contact: { status: ContactStatus; nextFollowUpOn: string | null },
  today: string,
): ContactStatus {
  if (contact.status === "CONTACTED" && contact.nextFollowUpOn !== null && contact.nextFollowUpOn <= today) {
    return "FOLLOW_UP_DUE";
  }
  return contact.status;
}
