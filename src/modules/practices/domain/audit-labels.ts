import type { Role } from "~/server/auth/roles";
import { ROLE_LABELS } from "./roles";

// What the audit log says about each kind of row, as a sentence an owner reads ("Maya added a
// note on Priya"). A row keeps only ids, numbers, booleans, instants and codes (server/audit),
// so the names come from the rows the ids point to, looked up when the log is read; a target
// deleted since reads as "a client", "a template". Every action written anywhere has a label
// here (audit-labels.test.ts holds every practice mutation to it); anything else still reads
// as a sentence.

/** Whom or what a row's target names: a person (and their account, to say "their" for one's own) or a thing. */
export interface AuditTargetName {
  name: string;
  userId: string | null;
}

export interface AuditEventView {
  action: string;
  /** Null when no person acted: a Stripe webhook, a booker without an account. */
  actor: { userId: string; name: string } | null;
  target: AuditTargetName | null;
  data: Record<string, unknown>;
}

interface LabelParts {
  actor: string;
  /** The target's name, or null when it is gone (or names nothing). */
  target: string | null;
  targetIsActor: boolean;
  data: Record<string, unknown>;
}

type Label = (parts: LabelParts) => string;

/** "Priya's project", "their project" (one's own), or `fallback` ("a client's project") once it is gone. */
const whose = (p: LabelParts, noun: string, fallback = `a client's ${noun}`) =>
  p.target === null ? fallback : p.targetIsActor ? `their ${noun}` : `${p.target}'s ${noun}`;
const who = (p: LabelParts, fallback = "a client") => p.target ?? fallback;
/** " for Maya" when someone acts on another coach's calendar or booking page; nothing for one's own. */
const forCoach = (p: LabelParts) => (p.target && !p.targetIsActor ? ` for ${p.target}` : "");
const quoted = (p: LabelParts, noun: string) => (p.target ? `the ${noun} “${p.target}”` : `a ${noun}`);
/** A stored code as words: "FOLLOW_UP_DUE" → "follow up due". */
const words = (code: unknown) => String(code).toLowerCase().replaceAll("_", " ");
const roleName = (code: unknown) => ROLE_LABELS[code as Role] ?? words(code);
/** " as Coach", or nothing when the row kept no role. */
const asRole = (code: unknown) => (code ? ` as ${roleName(code)}` : "");
const byBooker = (p: LabelParts) => p.data.by === "BOOKER";
const byEmail = (p: LabelParts) => (p.data.delivery === "EMAIL" ? " (sent as an emailed link)" : "");

function clientStatusChange(status: unknown, client: string): string {
  if (status === "LEAD") return `moved ${client} back to leads`;
  if (status === "ACTIVE") return `activated ${client}`;
  if (status === "COMPLETED") return `marked ${client} as completed`;
  if (status === "ARCHIVED") return `archived ${client}`;
  return `changed the status of ${client}`;
}

const OUTREACH_KIND_NOUNS: Record<string, string> = {
  INITIAL: "a first message",
  FOLLOW_UP: "a follow-up",
  THANK_YOU: "a thank-you",
  REFERRER_UPDATE: "an update to a referrer",
};

/** Stripe acts with no person behind it; what its webhook told the practice's subscription. */
const STRIPE_EVENTS: Record<string, string> = {
  "checkout.session.completed": "Checkout was completed on Stripe",
  "customer.subscription.created": "Stripe started the subscription",
  "customer.subscription.updated": "Stripe updated the subscription",
  "customer.subscription.deleted": "Stripe ended the subscription",
  "customer.subscription.paused": "Stripe paused the subscription",
  "customer.subscription.resumed": "Stripe resumed the subscription",
  "customer.subscription.trial_will_end": "Stripe gave notice that the free trial ends soon",
  "invoice.paid": "An invoice was paid",
  "invoice.payment_succeeded": "A payment went through",
  "invoice.payment_failed": "A payment failed",
};

/** Stripe's subscription statuses (kept upper-case in the row) as the billing page puts them. */
const SUBSCRIPTION_STATES: Record<string, string> = {
  TRIALING: "in its free trial",
  ACTIVE: "active",
  PAST_DUE: "past due",
  UNPAID: "unpaid",
  CANCELED: "ended",
  PAUSED: "paused",
  INCOMPLETE: "waiting for its first payment",
  INCOMPLETE_EXPIRED: "ended before its first payment",
};

function stripeSentence(event: string, data: Record<string, unknown>): string {
  const what = STRIPE_EVENTS[event] ?? `Stripe reported “${words(event.replaceAll(".", " "))}”`;
  const state = data.status ? (SUBSCRIPTION_STATES[String(data.status)] ?? words(data.status)) : null;
  return state ? `${what} (now ${state}).` : `${what}.`;
}

export const AUDIT_LABELS: Record<string, Label> = {
  "practices.create": (p) => `${p.actor} created the practice`,
  "dataExport.person": (p) => `${p.actor} downloaded a copy of their data${byEmail(p)}`,
  "dataExport.practice": (p) => `${p.actor} exported the practice${byEmail(p)}`,
  "practices.update": (p) => `${p.actor} updated the practice settings`,
  "practices.requireStaffSecondFactor": (p) => `${p.actor} changed whether staff must use two-step sign-in`,
  "erasure.deletePractice": (p) => `${p.actor} deleted the practice`,
  "invitations.accept": (p) => `${p.actor} accepted an invitation and joined${asRole(p.data.role)}`,
  "members.invite": (p) => `${p.actor} invited someone to join${asRole(p.data.role)}`,
  "members.resendInvitation": (p) => `${p.actor} sent the invitation to ${who(p, "someone")} again`,
  "members.revokeInvitation": (p) => `${p.actor} withdrew the invitation to ${who(p, "someone")}`,
  "members.changeRole": (p) =>
    `${p.actor} changed ${whose(p, "role", "a member's role")}${p.data.role ? ` to ${roleName(p.data.role)}` : ""}`,
  "members.remove": (p) => `${p.actor} removed ${who(p, "a member")} from the practice`,
  "billing.startCheckout": (p) => `${p.actor} went to Stripe to choose a paid plan`,
  "billing.syncCheckout": (p) => `${p.actor} came back from Stripe's checkout`,
  "billing.openPortal": (p) => `${p.actor} opened Stripe's billing portal`,
  "billing.changePlan": (p) =>
    `${p.actor} changed the plan${typeof p.data.seats === "number" ? ` to ${p.data.seats} coach seats` : ""}`,
  "scheduling.updateAvailability": (p) => `${p.actor} updated their booking page and hours`,
  "sessionTypes.create": (p) => `${p.actor} added a session type${forCoach(p)}`,
  "sessionTypes.update": (p) => `${p.actor} changed ${quoted(p, "session type")}`,
  "sessionTypes.setArchived": (p) =>
    `${p.actor} ${p.data.archived === false ? "brought back" : "archived"} ${quoted(p, "session type")}`,
  "sessionTypes.reorder": (p) => `${p.actor} reordered the session types${forCoach(p)}`,
  "sessionTypes.regenerateLink": (p) => `${p.actor} made a new private link for ${quoted(p, "session type")}`,
  "bookings.create": (p) => `${who(p, "Someone")} booked a session`,
  "bookings.cancel": (p) =>
    byBooker(p) ? `${who(p, "The booker")} cancelled their session` : `${p.actor} cancelled ${whose(p, "session")}`,
  "bookings.reschedule": (p) =>
    byBooker(p) ? `${who(p, "The booker")} moved their session` : `${p.actor} moved ${whose(p, "session")}`,
  "bookings.recordOutcome": (p) =>
    `${p.actor} marked ${whose(p, "session")} as ${p.data.outcome === "NO_SHOW" ? "a no-show" : "held"}`,
  "clientSessions.book": (p) => `${p.actor} booked ${p.target ? `“${p.target}”` : "a session"}`,
  "clientSessions.bookForClient": (p) => `${p.actor} booked a session for ${who(p)}`,
  "clients.add": (p) => `${p.actor} added a client`,
  "erasure.eraseClient": (p) => `${p.actor} erased the data of ${who(p)} at their request`,
  "clients.previewImport": (p) => `${p.actor} checked a list of clients before importing it`,
  "clients.import": (p) => `${p.actor} imported clients from a list`,
  "clients.setStatus": (p) => `${p.actor} ${clientStatusChange(p.data.status, who(p))}`,
  "clients.setStalledAfterDays": (p) =>
    typeof p.data.stalledAfterDays === "number"
      ? `${p.actor} set clients to count as stalled after ${p.data.stalledAfterDays} quiet days`
      : `${p.actor} changed when clients count as stalled`,
  "clients.addNote": (p) => `${p.actor} added a note on ${who(p)}`,
  "clients.updateNote": (p) =>
    p.data.sharedWithTeam === true
      ? `${p.actor} shared a note on ${who(p)} with the team`
      : `${p.actor} edited a note on ${who(p)}`,
  "clients.deleteNote": (p) => `${p.actor} deleted a note${p.target ? ` on ${p.target}` : ""}`,
  "clients.addSessionNote": (p) => `${p.actor} wrote a session note on ${who(p)}`,
  "projects.assign": (p) => `${p.actor} assigned a project to ${who(p)}`,
  "projects.update": (p) => `${p.actor} changed the plan of ${whose(p, "project")}`,
  "projects.createTemplate": (p) => `${p.actor} created a project template`,
  "projects.updateTemplate": (p) => `${p.actor} edited ${quoted(p, "project template")}`,
  "projects.deleteTemplate": (p) => `${p.actor} deleted a project template`,
  "projects.createOutreachTemplate": (p) => `${p.actor} created an outreach message`,
  "projects.updateOutreachTemplate": (p) => `${p.actor} edited ${quoted(p, "outreach message")}`,
  "projects.deleteOutreachTemplate": (p) => `${p.actor} deleted an outreach message`,
  "outreach.createContact": (p) => `${p.actor} added a person to reach out to`,
  "outreach.updateContact": (p) => `${p.actor} edited a contact's details`,
  "outreach.moveContact": (p) => `${p.actor} moved a contact${p.data.status ? ` to “${words(p.data.status)}”` : ""}`,
  "outreach.deleteContact": (p) => `${p.actor} deleted a contact`,
  "outreach.logOutreach": (p) => `${p.actor} logged ${OUTREACH_KIND_NOUNS[String(p.data.kind)] ?? "a message"}`,
  "outreach.saveInterview": (p) => `${p.actor} saved the details of an interview`,
  "reflections.saveDraft": (p) => `${p.actor} saved a reflection draft`,
  "reflections.finish": (p) =>
    `${p.actor} finished a reflection${p.data.visibility === "PRIVATE" ? " and kept it private" : " and shared it"}`,
  "reflections.addReferredContact": (p) => `${p.actor} added someone they were pointed to`,
  "reflections.comment": (p) => `${p.actor} commented on ${whose(p, "reflection")}`,
  "reflections.markReviewed": (p) => `${p.actor} marked ${whose(p, "reflection")} as reviewed`,
  "reflections.saveSynthesis": (p) => `${p.actor} saved their synthesis and decision`,
  "reflections.closeProject": (p) => `${p.actor} closed ${whose(p, "project")}`,
  "reflections.reopenProject": (p) => `${p.actor} reopened ${whose(p, "project")}`,
  "readiness.request": (p) => `${p.actor} asked ${who(p)} for a readiness check-in`,
  "readiness.submit": (p) => `${p.actor} answered a readiness check-in`,
  "calendars.connectFeed": (p) => `${p.actor} connected a calendar feed${forCoach(p)}`,
  "calendars.connectCaldav": (p) => `${p.actor} connected a CalDAV calendar${forCoach(p)}`,
  "calendars.startGoogle": (p) => `${p.actor} started connecting a Google calendar${forCoach(p)}`,
  "calendars.completeGoogle": (p) => `${p.actor} connected a Google calendar`,
  "calendars.updateCalendar": (p) => `${p.actor} changed which times ${quoted(p, "calendar")} blocks`,
  "calendars.updateConnection": (p) => `${p.actor} changed a calendar's settings${forCoach(p)}`,
  "calendars.refresh": (p) => `${p.actor} refreshed a calendar${forCoach(p)}`,
  "calendars.disconnect": (p) => `${p.actor} disconnected a calendar${forCoach(p)}`,
  "calendars.regenerateSessionFeed": (p) => `${p.actor} made a new private link to the session feed${forCoach(p)}`,
  "calendars.revokeSessionFeed": (p) => `${p.actor} turned off the private session feed${forCoach(p)}`,
  "notifications.retry": (p) => `${p.actor} sent a failed email${p.target ? ` to ${p.target}` : ""} again`,
  "notifications.setPreference": (p) =>
    `${p.actor} turned ${p.data.enabled === false ? "off" : "on"} one kind of email for themselves`,
};

/** camelCase or dotted ids as words: "outreach.moveCard" → "move card (outreach)". */
function actionWords(action: string): string {
  const [area, ...rest] = action.split(".");
  const spaced = (text: string) => text.replace(/([a-z0-9])([A-Z])/g, "$1 $2").toLowerCase();
  return rest.length ? `${spaced(rest.join(" "))} (${spaced(area!)})` : spaced(action);
}

/** The sentence the audit log shows for one row. */
export function describeAuditEvent(event: AuditEventView): string {
  if (event.action.startsWith("stripe.")) return stripeSentence(event.action.slice("stripe.".length), event.data);
  const parts: LabelParts = {
    actor: event.actor?.name ?? "Someone",
    target: event.target?.name ?? null,
    targetIsActor: Boolean(event.actor && event.target?.userId === event.actor.userId),
    data: event.data,
  };
  const label = AUDIT_LABELS[event.action];
  return label ? `${label(parts)}.` : `${parts.actor} made a change: ${actionWords(event.action)}.`;
}
