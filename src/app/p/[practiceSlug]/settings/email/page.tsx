import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { viewerZone } from "~/lib/viewer-zone";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { EMAIL_STATUSES, type EmailStatusFilter } from "~/modules/notifications/schemas";
import { EmailLogView } from "~/modules/notifications/ui/email-log-view";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";
import { isAdminRole } from "~/server/auth/roles";

export const metadata: Metadata = { title: "Email log" };

const asStatus = (value?: string): EmailStatusFilter | null =>
  EMAIL_STATUSES.find((status) => status === value?.toUpperCase()) ?? null;

export default async function EmailLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceSlug: string }>;
  searchParams: Promise<{ status?: string; cursor?: string }>;
}) {
  const { practiceSlug } = await params;
  const query = await searchParams;
  const user = await requireUser(`/p/${practiceSlug}/settings/email`);
  const practice = await loadOrNotFound(() => api.practices.get({ practiceSlug }));
  if (!isAdminRole(practice.role)) notFound();
  const status = asStatus(query.status);
  const cursor = query.cursor?.slice(0, 40) || null;
  const [counts, page, reader] = await Promise.all([
    api.notifications.statusCounts({ practiceSlug }),
    api.notifications.log({ practiceSlug, status, cursor, limit: 25 }),
    viewerLocale(),
  ]);
  return (
    <EmailLogView
      practiceSlug={practiceSlug}
      zone={viewerZone(user, practice)}
      reader={reader}
      counts={counts}
      page={page}
      status={status}
      cursor={cursor}
    />
  );
}
