import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/surface";
import { OutreachTemplateManager } from "~/modules/projects/ui/outreach-template-manager";
import { ProjectTemplateManager } from "~/modules/projects/ui/project-template-manager";
import { api, loadOrNotFound } from "~/trpc/server";
import { isAdminRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "Templates" };

export default async function TemplatesPage({ params }: { params: Promise<{ practiceSlug: string }> }) {
  const { practiceSlug } = await params;
  // Clients are FORBIDDEN from the template list, which loadOrNotFound turns into the 404 page.
  const [practice, templates, outreachTemplates] = await loadOrNotFound(
    () =>
      Promise.all([
        api.practices.get({ practiceSlug }),
        api.projects.templates({ practiceSlug }),
        api.projects.outreachTemplates({ practiceSlug }),
      ]),
    `/p/${practiceSlug}/templates`,
  );
  const billingHref = isAdminRole(practice.role) ? `/p/${practiceSlug}/settings/billing` : null;
  return (
    <>
      <PageHeader
        title="Templates"
        description="The practice's project plans and outreach messages, shared by every coach."
      />
      <div className="space-y-10">
        <ProjectTemplateManager practiceSlug={practiceSlug} templates={templates} billingHref={billingHref} />
        <OutreachTemplateManager practiceSlug={practiceSlug} templates={outreachTemplates} billingHref={billingHref} />
      </div>
    </>
  );
}
