import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/surface";
import { MembersManager } from "~/modules/practices/ui/members-manager";
import { api, loadOrNotFound } from "~/trpc/server";
import { isAdminRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "People" };

export default async function MembersPage({ params }: { params: Promise<{ practiceSlug: string }> }) {
  const { practiceSlug } = await params;
  const [practice, data] = await loadOrNotFound(() =>
    Promise.all([api.practices.get({ practiceSlug }), api.members.list({ practiceSlug })]),
  );
  return (
    <>
      <PageHeader title="People" description="Owners, admins, coaches and clients of this practice." />
      <MembersManager
        practiceSlug={practice.slug}
        canManage={isAdminRole(practice.role)}
        timeZone={practice.timeZone}
        {...data}
      />
    </>
  );
}
