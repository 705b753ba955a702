import type { z } from "zod";
import { formatInstant } from "~/lib/time-zones";
import { assertProjectOpen } from "~/modules/projects/server/open-project";
import type { TenantContext } from "~/server/api/tenant-context";
import { notFound } from "~/server/errors";
import { isStaffRole } from "~/server/auth/roles";
import type { ProjectExport } from "../domain/project-export";
import { recurringWords } from "../domain/recurring-words";
import { referralChains } from "../domain/referral-chains";
import { averageResonance } from "../domain/resonance";
import {
  REFLECTION_TEXT_FIELDS,
  type exportProjectInput,
  type projectInput,
  type saveSynthesisInput,
} from "../schemas";
import * as repo from "./reflections.repo";

// Piecing it together: the tracks side by side (interviews, resonance, recurring words), the
// referral chains, the client's synthesis and decision, closing the project, and the export.
// Reflections come through `ctx.visible.reflections`: staff only ever see what was shared.

async function projectWithReflections(ctx: TenantContext, projectId: string) {
  const project = await repo.findSynthesisProject(ctx.db, projectId, ctx.visible.projects, ctx.visible.reflections);
  if (!project) throw notFound("That project");
  const reflectionOf = new Map(project.reflections.map((reflection) => [reflection.interviewId, reflection]));
  const interviews = project.interviews.map((interview) => ({
    ...interview,
    reflection: reflectionOf.get(interview.id),
  }));
  return { project, interviews };
}

type LoadedProject = Awaited<ReturnType<typeof projectWithReflections>>;

function tracksSideBySide({ project, interviews }: LoadedProject) {
  const names = [project.client.name, project.coach.displayName, ...project.contacts.map((contact) => contact.name)];
  return project.tracks.map((track) => {
    const ofTrack = interviews.filter((interview) => interview.contact.trackId === track.id);
    // Drafts are half-thoughts: only finished reflections count towards resonance and themes.
    const finished = ofTrack.flatMap((interview) =>
      interview.reflection && interview.reflection.status !== "DRAFT" ? [interview.reflection] : [],
    );
    const resonances = finished.flatMap((reflection) => (reflection.resonance ? [reflection.resonance] : []));
    return {
      ...track,
      interviews: ofTrack.length,
      reflections: finished.length,
      resonances,
      averageResonance: averageResonance(resonances),
      words: recurringWords(
        finished.map((r) => REFLECTION_TEXT_FIELDS.map((field) => r[field]).join("\n")),
        { names },
      ),
    };
  });
}

export async function synthesisView(ctx: TenantContext, input: z.infer<typeof projectInput>) {
  const loaded = await projectWithReflections(ctx, input.projectId);
  const { project } = loaded;
  const tracks = tracksSideBySide(loaded);
  const trackName = new Map(project.tracks.map((track) => [track.id, track.name]));
  return {
    viewer: isStaffRole(ctx.membership.role) ? ("staff" as const) : ("client" as const),
    project: {
      id: project.id,
      title: project.title,
      northStar: project.northStar,
      status: project.status,
      closedAt: project.closedAt,
      synthesis: project.synthesis,
      decision: project.decision,
      synthesisAt: project.synthesisAt,
      clientName: project.client.name,
      coachName: project.coach.displayName,
    },
    targetsMet: tracks.every((track) => track.interviews >= track.targetCount),
    tracks,
    referralChains: referralChains(project.contacts).map((chain) =>
      chain.map(({ contact, depth }) => ({
        depth,
        id: contact.id,
        name: contact.name,
        role: contact.role,
        organisation: contact.organisation,
        trackName: trackName.get(contact.trackId) ?? null,
      })),
    ),
  };
}

export async function saveSynthesis(ctx: TenantContext, input: z.infer<typeof saveSynthesisInput>) {
  const project =
    ctx.membership.role === "CLIENT" ? await repo.findProject(ctx.db, input.projectId, ctx.visible.ownProjects) : null;
  if (!project) throw notFound("That project");
  assertProjectOpen(project);
  return repo.updateProject(ctx.db, project.id, {
    synthesis: input.synthesis,
    decision: input.decision,
    synthesisAt: ctx.clock.now(),
  });
}

async function staffProject(ctx: TenantContext, projectId: string) {
  const project = await repo.findProject(ctx.db, projectId, ctx.visible.projects);
  if (!project) throw notFound("That project");
  return project;
}

export async function closeProject(ctx: TenantContext, input: z.infer<typeof projectInput>) {
  const project = await staffProject(ctx, input.projectId);
  if (project.status === "CLOSED") return project;
  return repo.updateProject(ctx.db, project.id, { status: "CLOSED", closedAt: ctx.clock.now() });
}

export async function reopenProject(ctx: TenantContext, input: z.infer<typeof projectInput>) {
  const project = await staffProject(ctx, input.projectId);
  if (project.status === "ACTIVE") return project;
  return repo.updateProject(ctx.db, project.id, { status: "ACTIVE", closedAt: null });
}

/** Everything the caller may read of a project, times in `timeZone`; a client's private reflections only for them. */
export async function exportProject(
  ctx: TenantContext,
  input: z.infer<typeof exportProjectInput>,
): Promise<ProjectExport> {
  const loaded = await projectWithReflections(ctx, input.projectId);
  const { project, interviews } = loaded;
  const zone = input.timeZone ?? ctx.practice.timeZone;
  const tracks = tracksSideBySide(loaded);
  return {
    title: project.title,
    northStar: project.northStar,
    clientName: project.client.name,
    coachName: project.coach.displayName,
    closed: project.status === "CLOSED",
    exportedAt: formatInstant(ctx.clock.now(), zone),
    tracks: tracks.map(({ name, targetCount, interviews: done, averageResonance: average }) => ({
      name,
      targetCount,
      interviews: done,
      averageResonance: average,
    })),
    synthesis: project.synthesis,
    decision: project.decision,
    reflections: interviews.flatMap(({ reflection, contact, occurredAt }) =>
      reflection
        ? [
            {
              ...reflection,
              trackName: tracks.find((track) => track.id === contact.trackId)?.name ?? "",
              contactName: contact.name,
              contactRole: contact.role,
              contactOrganisation: contact.organisation,
              interviewedAt: formatInstant(occurredAt, zone),
            },
          ]
        : [],
    ),
  };
}
