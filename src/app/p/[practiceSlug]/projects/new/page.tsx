import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/surface";
import { localDateOf } from "~/lib/time-zones";
import { AssignProjectForm } from "~/modules/projects/ui/assign-project-form";
import { api, loadOrNotFound } from "~/trpc/server";
import { isAdminRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "Assign a project" };

export default async function NewProjectPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceSlug: string }>;
  searchParams: Promise<{ clientId?: string; templateId?: string }>;
}) {
  const { practiceSlug } = await params;
  const { clientId, templateId } = await searchParams;
  // Clients are FORBIDDEN from both lists, which loadOrNotFound turns into the 404 page.
  const [practice, clients, templates] = await loadOrNotFound(
    () =>
      Promise.all([
        api.practices.get({ practiceSlug }),
        api.projects.assignableClients({ practiceSlug }),
        api.projects.templates({ practiceSlug }),
      ]),
    `/p/${practiceSlug}/projects/new`,
  );
  return (
    <>
      <PageHeader
        title="Assign a project"
        description="A plan of conversations across fields: how many people to talk to in each, a small outreach goal, and the questions to bring."
      />
      <AssignProjectForm
        practiceSlug={practiceSlug}
        clients={clients}
        templates={templates}
        initialClientId={clientId ?? null}
        initialTemplateId={templateId ?? null}
        today={localDateOf(new Date(), practice.timeZone)}
        billingHref={isAdminRole(practice.role) ? `/p/${practiceSlug}/settings/billing` : null}
      />
    </>
  );
}
