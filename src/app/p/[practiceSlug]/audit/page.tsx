import type { Metadata } from "next";
import Link from "next/link";
import { Card, EmptyState, PageHeader } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
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
  const page = await loadOrNotFound(() => api.members.auditLog({ practiceSlug, cursor: cursor ?? null, limit: 25 }));
  const zone = user.timeZone ?? "UTC";
  return (
    <>
      <PageHeader title="Audit log" description={`Every change to this practice: who, what and when (${zone}).`} />
      {page.items.length === 0 ? (
        <EmptyState title="Nothing recorded yet" />
      ) : (
        <Card>
          <ul className="divide-line divide-y">
            {page.items.map((event) => (
              <li key={event.id} className="flex flex-wrap items-baseline justify-between gap-2 px-5 py-3 text-sm">
                <span>
                  <span className="font-medium">{event.actor?.name ?? event.actor?.email ?? "System"}</span>{" "}
                  <code className="rounded bg-slate-100 px-1.5 py-0.5 text-xs">{event.action}</code>
                  {event.targetType && <span className="text-muted"> · {event.targetType}</span>}
                </span>
                <time className="text-muted" dateTime={event.createdAt.toISOString()}>
                  {formatInstant(event.createdAt, zone)}
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
