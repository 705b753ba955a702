import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import { viewerZone } from "~/lib/viewer-zone";
import { zoneLabel } from "~/lib/zone-labels";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Audit log" };

export default async function AuditLogPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceSlug: string }>;
  searchParams: Promise<{ cursor?: string }>;
}) {
  const { practiceSlug } = await params;
  const { cursor } = await searchParams;
  const user = await requireUser(`/p/${practiceSlug}/audit`);
  const [practice, page, reader] = await Promise.all([
    loadOrNotFound(() => api.practices.get({ practiceSlug })),
    loadOrNotFound(() => api.members.auditLog({ practiceSlug, cursor: cursor ?? null, limit: 25 })),
    viewerLocale(),
  ]);
  const zone = viewerZone(user, practice);
  return (
    <>
      <PageHeader
        title="Audit log"
        description={`Every change to this practice: who, what and when. Times in ${zoneLabel(zone, new Date())}.`}
      />
      {page.items.length === 0 ? (
        <EmptyState title="Nothing recorded yet" />
      ) : (
        <Card>
          <ul className="divide-line divide-y">
            {page.items.map((event) => (
              <li
                key={event.id}
                className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 px-5 py-3 text-sm"
              >
                <span className="text-ink">{event.sentence}</span>
                <time className="text-muted shrink-0" dateTime={event.createdAt.toISOString()}>
                  {formatInstant(event.createdAt, zone, reader)}
                </time>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <div className="mt-4 flex justify-end gap-3 text-sm">
        {cursor && (
          <Link className="text-brand-700 font-medium hover:underline" href={`/p/${practiceSlug}/audit`}>
            Newest
          </Link>
        )}
        {page.nextCursor && (
          <Link
            className="text-brand-700 font-medium hover:underline"
            href={`/p/${practiceSlug}/audit?cursor=${page.nextCursor}`}
          >
            Older →
          </Link>
        )}
      </div>
    </>
  );
}
