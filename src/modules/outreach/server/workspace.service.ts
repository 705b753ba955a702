import { instantToZonedParts } from "~/lib/time-zones";
import { imbalanceMessage, projectProgress } from "~/modules/projects/domain/progress";
import type { TenantContext } from "~/server/api/tenant-context";
import { notFound } from "~/server/errors";
import { localDateOfColumn } from "../domain/client-zone";
import { displayedStatus } from "../domain/pipeline";
import { questionsOf } from "../domain/question-bank";
import { computeToday } from "../domain/today";
import * as repo from "./outreach.repo";
import { zoneOf } from "./work-scope";

// The client's workspace as one read: tracks with their people, each person's outreach log and
// interviews, progress, and Today. Staff who may see the project read the same page, read-only;
// they see a reflection only once the client has shared it.

type Loaded = NonNullable<Awaited<ReturnType<typeof repo.loadWorkspace>>>;

function reflectionFor(tenant: TenantContext, reflection: Loaded["interviews"][number]["reflection"]) {
  if (!reflection) return null;
  const shared = !reflection.isPrivate && reflection.status !== "DRAFT";
  if (tenant.membership.role !== "CLIENT" && !shared) return null;
  return { id: reflection.id, status: reflection.status };
}

export async function loadWorkspace(tenant: TenantContext, input: { projectId: string }) {
  const loaded = await repo.loadWorkspace(tenant.db, input.projectId, tenant.visible.projects);
  if (!loaded) throw notFound("That project");
  const { project, outreach, interviews, templates } = loaded;
  const timeZone = zoneOf(tenant, project);
  const now = tenant.clock.now();

  const contacts = project.contacts.map((contact) => ({
    ...contact,
    nextFollowUpOn: localDateOfColumn(contact.nextFollowUpOn),
    referralCount: project.contacts.filter((other) => other.referredById === contact.id).length,
    outreach: outreach.filter((event) => event.contactId === contact.id),
    interviews: interviews
      .filter((interview) => interview.contactId === contact.id)
      .map((interview) => ({
        id: interview.id,
        occurredAt: interview.occurredAt,
        local: instantToZonedParts(interview.occurredAt, timeZone),
        happened: interview.occurredAt.getTime() <= now.getTime(),
        questions: questionsOf(interview.chosenQuestions),
        notes: interview.notes,
        reflection: reflectionFor(tenant, interview.reflection),
      })),
  }));

  const today = computeToday({
    now,
    timeZone,
    project,
    contacts: contacts.map((contact) => ({ ...contact, referrerName: contact.referredBy?.name ?? null })),
    outreach,
  });
  const trackCounts = project.tracks.map((track) => ({
    ...track,
    interviewed: contacts.filter((c) => c.trackId === track.id && c.interviews.some((i) => i.happened)).length,
  }));

  return {
    project: {
      id: project.id,
      title: project.title,
      status: project.status,
      clientName: project.client.name,
      timeZone,
      outreachGoalCount: project.outreachGoalCount,
      outreachGoalPeriod: project.outreachGoalPeriod,
      followUpAfterDays: project.followUpAfterDays,
      maxFollowUps: project.maxFollowUps,
      questionBank: questionsOf(project.questionBank),
    },
    isClient: tenant.membership.role === "CLIENT",
    canEdit: tenant.membership.role === "CLIENT" && project.status === "ACTIVE",
    /** Now on the client's clock: where a new interview's date and time start. */
    nowLocal: instantToZonedParts(now, timeZone),
    today,
    progress: projectProgress(trackCounts),
    imbalance: imbalanceMessage(trackCounts),
    tracks: project.tracks.map((track) => ({
      ...track,
      contacts: contacts
        .filter((contact) => contact.trackId === track.id)
        .map((contact) => ({ ...contact, shownStatus: displayedStatus(contact, today.date) })),
    })),
    templates,
  };
}

export type Workspace = Awaited<ReturnType<typeof loadWorkspace>>;
export type WorkspaceContact = Workspace["tracks"][number]["contacts"][number];
