import { describe, expect, it } from "vitest";
import { PRACTICE_PROCEDURES, procedures } from "~/test/practice-procedures";
import { AUDIT_LABELS, describeAuditEvent, type AuditEventView } from "./audit-labels";

const maya = { userId: "user-maya", name: "Maya Chen" };
const priya = { name: "Priya Raman", userId: "user-priya" };
const event = (action: string, extra: Partial<AuditEventView> = {}): AuditEventView => ({
  action,
  actor: maya,
  target: null,
  data: {},
  ...extra,
});

/** Every practice mutation writes an audit row named by its path (practiceProcedure in server/api/trpc.ts). */
const auditedProcedures = Object.keys(PRACTICE_PROCEDURES).filter(
  (path) => (procedures[path]?._def as { type?: string } | undefined)?.type === "mutation",
);
/** Rows written outside a practice procedure: creating a practice, accepting an invitation, a public booking, an export. */
const writtenElsewhere = [
  "practices.create",
  "invitations.accept",
  "bookings.create",
  "bookings.cancel",
  "dataExport.person",
  "dataExport.practice",
];

describe("audit labels", () => {
  it("has a label for every action the app writes, so a new mutation without one fails here", () => {
    expect(auditedProcedures.length).toBeGreaterThan(50);
    const missing = [...auditedProcedures, ...writtenElsewhere].filter((action) => !(action in AUDIT_LABELS));
    expect(missing).toEqual([]);
  });

  it("labels nothing that is not written, so the table cannot rot", () => {
    const written = new Set([...auditedProcedures, ...writtenElsewhere]);
    expect(Object.keys(AUDIT_LABELS).filter((action) => !written.has(action))).toEqual([]);
  });

  it("reads every label as a sentence with the actor first, whether or not its target still exists", () => {
    for (const action of Object.keys(AUDIT_LABELS)) {
      for (const target of [priya, null]) {
        const sentence = describeAuditEvent(event(action, { target }));
        expect(sentence, action).toMatch(/^[A-Z].*\.$/);
        expect(sentence, action).not.toMatch(/undefined|null|[a-z]\.[a-z]|[A-Z]{4,}/);
      }
    }
  });

  it("names the actor and the target, and the facts kept as codes", () => {
    expect(describeAuditEvent(event("clients.addNote", { target: priya }))).toBe(
      "Maya Chen added a note on Priya Raman.",
    );
    expect(
      describeAuditEvent(
        event("members.changeRole", { target: { name: "Jordan Lee", userId: "user-jordan" }, data: { role: "COACH" } }),
      ),
    ).toBe("Maya Chen changed Jordan Lee's role to Coach.");
    expect(describeAuditEvent(event("outreach.moveContact", { data: { status: "FOLLOW_UP_DUE" } }))).toBe(
      "Maya Chen moved a contact to “follow up due”.",
    );
  });

  it("says 'their' for one's own row and a plain noun for one deleted since", () => {
    const own = event("reflections.comment", { actor: { userId: priya.userId, name: priya.name }, target: priya });
    expect(describeAuditEvent(own)).toBe("Priya Raman commented on their reflection.");
    expect(describeAuditEvent(event("reflections.closeProject"))).toBe("Maya Chen closed a client's project.");
    expect(describeAuditEvent(event("sessionTypes.update"))).toBe("Maya Chen changed a session type.");
  });

  it("names the booker for a booking changed without an account, and Stripe for its webhooks", () => {
    const byBooker = { actor: null, target: priya, data: { by: "BOOKER" } };
    expect(describeAuditEvent(event("bookings.cancel", byBooker))).toBe("Priya Raman cancelled their session.");
    expect(describeAuditEvent(event("bookings.cancel", { target: priya }))).toBe(
      "Maya Chen cancelled Priya Raman's session.",
    );
    expect(
      describeAuditEvent(event("stripe.invoice.payment_failed", { actor: null, data: { status: "PAST_DUE" } })),
    ).toBe("A payment failed (now past due).");
    expect(describeAuditEvent(event("stripe.customer.discount.created", { actor: null }))).toBe(
      "Stripe reported “customer discount created”.",
    );
  });

  it("says how an export was delivered", () => {
    expect(describeAuditEvent(event("dataExport.person", { data: { delivery: "DOWNLOAD" } }))).toBe(
      "Maya Chen downloaded a copy of their data.",
    );
    expect(describeAuditEvent(event("dataExport.practice", { data: { delivery: "EMAIL" } }))).toBe(
      "Maya Chen exported the practice (sent as an emailed link).",
    );
  });

  it("turns an action it does not know into a readable sentence rather than an id", () => {
    expect(describeAuditEvent(event("outreach.archiveBoardColumn"))).toBe(
      "Maya Chen made a change: archive board column (outreach).",
    );
  });
});
