import { addDays, localDateOf, type LocalDate } from "~/lib/time-zones";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError } from "~/server/errors";
import { dateColumn, localDateOfColumn } from "../domain/client-zone";
import { canMove, displayedStatus, moveRefusal, type ContactStatus } from "../domain/pipeline";
import type { CreateContactInput, UpdateContactInput } from "../schemas";
import * as repo from "./outreach.repo";
import { ownContact, ownOpenContact, ownOpenProject, zoneOf } from "./work-scope";

// People to reach, per track. A referral links two contacts of the same project only; a contact
// id of another project gets the same answer as one that does not exist.

const REFERRAL_DEPTH_CHECKED = 100;

async function checkPlacement(
  tenant: TenantContext,
  projectId: string,
  input: { trackId: string; referredById: string | null },
  contactId?: string,
) {
  if (!(await repo.findTrack(tenant.db, projectId, input.trackId))) {
    throw new AppError("BAD_REQUEST", "Pick one of this project's tracks.", {
      trackId: "Pick one of this project's tracks.",
    });
  }
  if (!input.referredById) return;
  const refuse = (message: string) => new AppError("BAD_REQUEST", message, { referredById: message });
  if (input.referredById === contactId) throw refuse("Someone can't refer themselves.");
  if (!(await repo.findContactInProject(tenant.db, projectId, input.referredById))) {
    throw refuse("Pick the person who referred them from this project's contacts.");
  }
  if (contactId) {
    const chain = await repo.referrerChain(tenant.db, projectId, input.referredById, REFERRAL_DEPTH_CHECKED);
    if (chain.includes(contactId))
      throw refuse("That would make a referral loop: they were referred through this person.");
  }
}

const contactFields = (input: CreateContactInput | UpdateContactInput) => ({
  name: input.name,
  role: input.role,
  organisation: input.organisation,
  howFound: input.howFound,
  link: input.link,
  referredById: input.referredById,
  trackId: input.trackId,
});

export async function createContact(tenant: TenantContext, input: CreateContactInput) {
  const project = await ownOpenProject(tenant, input.projectId);
  await checkPlacement(tenant, project.id, input);
  const contact = await repo.insertContact(tenant.db, { projectId: project.id, ...contactFields(input) });
  return { id: contact.id };
}

export async function updateContact(tenant: TenantContext, input: UpdateContactInput) {
  const contact = await ownOpenContact(tenant, input.contactId);
  await checkPlacement(tenant, contact.projectId, input, contact.id);
  await repo.updateContact(tenant.db, contact.id, contactFields(input));
  return { id: contact.id };
}

/**
 * A move by hand keeps the follow-up date meaningful: reached out (without logging the message)
 * → follow up later; marked due → due today; anything else → nothing left to follow up.
 */
function followUpAfterMove(
  status: ContactStatus,
  contact: { firstContactedAt: Date | null; followUpAfterDays: number },
  now: Date,
  today: LocalDate,
) {
  switch (status) {
    case "CONTACTED":
      return {
        firstContactedAt: contact.firstContactedAt ?? now,
        lastContactedAt: now,
        nextFollowUpOn: dateColumn(addDays(today, contact.followUpAfterDays)),
      };
    case "FOLLOW_UP_DUE":
      return { nextFollowUpOn: dateColumn(today) };
    case "THANKED":
      return { thankedAt: now, nextFollowUpOn: null };
    default:
      return { nextFollowUpOn: null };
  }
}

/**
 * Moves start from the status the client sees, as the workspace offers them: a contacted person
 * whose follow-up came due is "follow-up due", and may go back to "contacted" (reached out again).
 */
export async function moveContact(tenant: TenantContext, input: { contactId: string; status: ContactStatus }) {
  const contact = await ownOpenContact(tenant, input.contactId);
  const now = tenant.clock.now();
  const today = localDateOf(now, zoneOf(tenant, contact.project));
  const from = displayedStatus(
    { status: contact.status, nextFollowUpOn: localDateOfColumn(contact.nextFollowUpOn) },
    today,
  );
  if (!canMove(from, input.status)) throw new AppError("CONFLICT", moveRefusal(from, input.status));
  const settings = { firstContactedAt: contact.firstContactedAt, followUpAfterDays: contact.project.followUpAfterDays };
  await repo.updateContact(tenant.db, contact.id, {
    status: input.status,
    ...followUpAfterMove(input.status, settings, now, today),
  });
  return { id: contact.id, status: input.status };
}

export async function deleteContact(tenant: TenantContext, input: { contactId: string }) {
  const contact = await ownContact(tenant, input.contactId);
  await repo.deleteContact(tenant.db, contact.id);
  return { id: contact.id };
}
