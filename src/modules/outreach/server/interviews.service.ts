import { zonedWallTimeToInstant } from "~/lib/time-zones";
import type { TenantContext } from "~/server/api/tenant-context";
import { AppError, notFound } from "~/server/errors";
import { afterInterviewSaved } from "../domain/outreach-effects";
import { questionsOf } from "../domain/question-bank";
import type { SaveInterviewInput } from "../schemas";
import * as repo from "./outreach.repo";
import { ownOpenContact, zoneOf } from "./work-scope";

// An interview, prepared ahead (time and chosen questions) and recorded after (notes). Its time is
// entered on the client's wall clock, in the zone the form names.

export async function saveInterview(tenant: TenantContext, input: SaveInterviewInput) {
  const contact = await ownOpenContact(tenant, input.contactId);
  const zone = zoneOf(tenant, contact.project);
  const occurredAt = zonedWallTimeToInstant(input.date, input.time, zone);
  if (!occurredAt) {
    const message = `${input.time} doesn't exist on ${input.date} in ${zone} (the clocks go forward). Pick another time.`;
    throw new AppError("BAD_REQUEST", message, { time: message });
  }
  const existing = input.interviewId ? await repo.findInterview(tenant.db, contact.id, input.interviewId) : null;
  if (input.interviewId && !existing) throw notFound("That interview");
  // Questions come from the project's bank; ones already on this interview stay even if the coach has since edited the bank.
  const allowed = new Set([...questionsOf(contact.project.questionBank), ...questionsOf(existing?.chosenQuestions)]);
  if (input.questions.some((question) => !allowed.has(question))) {
    const message = "Pick questions from the project's question bank.";
    throw new AppError("BAD_REQUEST", message, { questions: message });
  }
  const data = { occurredAt, chosenQuestions: [...new Set(input.questions)], notes: input.notes };
  const interview = existing
    ? await repo.updateInterview(tenant.db, existing.id, data)
    : await repo.insertInterview(tenant.db, { ...data, projectId: contact.projectId, contactId: contact.id });
  const now = tenant.clock.now();
  const changes = afterInterviewSaved(contact, await repo.interviewTimesOf(tenant.db, contact.id), now);
  await repo.updateContact(tenant.db, contact.id, changes);
  await repo.recordProjectActivity(tenant.db, contact.projectId, now);
  return { id: interview.id, happened: occurredAt.getTime() <= now.getTime(), status: changes.status };
}
