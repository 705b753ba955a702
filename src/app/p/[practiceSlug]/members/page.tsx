import type { Metadata } from "next";
import { PageHeader } from "~/components/ui/surface";
import { viewerZone } from "~/lib/viewer-zone";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { MembersManager } from "~/modules/practices/ui/members-manager";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";
import { isAdminRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "People" };

export default async function MembersPage({ params }: { params: Promise<{ practiceSlug: string }> }) {
  const { practiceSlug } = await params;
  const user = await requireUser(`/p/${practiceSlug}/members`);
  const [[practice, data], reader] = await Promise.all([
    loadOrNotFound(() => Promise.all([api.practices.get({ practiceSlug }), api.members.list({ practiceSlug })])),
    viewerLocale(),
  ]);
  return (
    <>
      <PageHeader title="People" description="Owners, admins, coaches and clients of this practice." />
      <MembersManager
        practiceSlug={practice.slug}
        canManage={isAdminRole(practice.role)}
        timeZone={viewerZone(user, practice)}
        reader={reader}
        {...data}
      />
    </>
  );
}
