import { assertProjectOpen } from "~/modules/projects/server/open-project";
import type { TenantContext } from "~/server/api/tenant-context";
import { notFound } from "~/server/errors";
import { clientTimeZone } from "../domain/client-zone";
import * as repo from "./outreach.repo";

// Writes in the workspace are the client's own: the project (or contact) must belong to a project
// the caller works as its client, or it does not exist for them; a closed project is read-only.

type ProjectSettings = NonNullable<Awaited<ReturnType<typeof repo.findProject>>>;

export const zoneOf = (tenant: TenantContext, project: Pick<ProjectSettings, "client">) =>
  clientTimeZone(project.client, tenant.practice.timeZone);

export async function ownOpenProject(tenant: TenantContext, projectId: string) {
  const project = await repo.findProject(tenant.db, projectId, tenant.visible.ownProjects);
  if (!project) throw notFound("That project");
  assertProjectOpen(project);
  return project;
}

/** One of the caller's own contacts, even on a closed project (deleting a person is always possible). */
export async function ownContact(tenant: TenantContext, contactId: string) {
  const contact = await repo.findContact(tenant.db, contactId, tenant.visible.ownProjects);
  if (!contact) throw notFound("That contact");
  return contact;
}

export async function ownOpenContact(tenant: TenantContext, contactId: string) {
  const contact = await ownContact(tenant, contactId);
  assertProjectOpen(contact.project);
  return contact;
}
