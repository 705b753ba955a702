import type { TenantContext } from "~/server/api/tenant-context";
import { AppError } from "~/server/errors";
import { dateColumn } from "../domain/client-zone";
import { afterOutreach } from "../domain/outreach-effects";
import type { LogOutreachInput } from "../schemas";
import * as repo from "./outreach.repo";
import { ownOpenContact, zoneOf } from "./work-scope";

// "Log as sent": the client sent the message themselves (the app never sends outreach); we keep
// the exact text and move the contact along the pipeline.

export async function logOutreach(tenant: TenantContext, input: LogOutreachInput) {
  const contact = await ownOpenContact(tenant, input.contactId);
  const sentAt = tenant.clock.now();
  const outcome = afterOutreach(
    contact,
    { kind: input.kind, sentAt },
    { followUpAfterDays: contact.project.followUpAfterDays, timeZone: zoneOf(tenant, contact.project) },
  );
  if (!outcome.ok) throw new AppError("CONFLICT", outcome.reason);
  const { nextFollowUpOn, ...changes } = outcome.changes;
  const event = await repo.insertOutreach(tenant.db, {
    projectId: contact.projectId,
    contactId: contact.id,
    kind: input.kind,
    subject: input.subject,
    message: input.message,
    sentAt,
  });
  await repo.updateContact(tenant.db, contact.id, {
    ...changes,
    ...(nextFollowUpOn === undefined ? {} : { nextFollowUpOn: nextFollowUpOn && dateColumn(nextFollowUpOn) }),
  });
  await repo.recordProjectActivity(tenant.db, contact.projectId, sentAt);
  return { id: event.id, status: changes.status ?? contact.status };
}
