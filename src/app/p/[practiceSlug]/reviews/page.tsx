import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import { viewerZone } from "~/lib/viewer-zone";
import { zoneLabel } from "~/lib/zone-labels";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { resonanceLabel } from "~/modules/reflections/domain/resonance";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Reviews" };

export default async function ReviewQueuePage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceSlug: string }>;
  searchParams: Promise<{ after?: string }>;
}) {
  const { practiceSlug } = await params;
  const { after } = await searchParams;
  const base = `/p/${practiceSlug}/reviews`;
  const user = await requireUser(base);
  const cursor = typeof after === "string" && after.length <= 40 ? after : null;
  const [[practice, queue], reader] = await Promise.all([
    loadOrNotFound(
      () => Promise.all([api.practices.get({ practiceSlug }), api.reflections.reviewQueue({ practiceSlug, cursor })]),
      base,
    ),
    viewerLocale(),
  ]);
  const zone = viewerZone(user, practice);
  return (
    <>
      <PageHeader
        title="Reviews"
        description={
          queue.total === 0
            ? "Reflections your clients share land here, oldest first."
            : `${queue.total} shared ${queue.total === 1 ? "reflection is" : "reflections are"} waiting, oldest first. Times in ${zoneLabel(zone, new Date())}.`
        }
      />
      {queue.items.length === 0 ? (
        <EmptyState
          title="All caught up"
          description={
            cursor
              ? "Nothing further down the queue."
              : "No reflection is waiting for you. New ones arrive by email too."
          }
          action={
            cursor ? (
              <Link className="text-brand-700 text-sm font-medium hover:underline" href={base}>
                Back to the oldest
              </Link>
            ) : undefined
          }
        />
      ) : (
        <Card>
          <ol className="divide-line divide-y">
            {queue.items.map((item) => (
              <li key={item.id}>
                <Link
                  href={`/p/${practiceSlug}/interviews/${item.interviewId}/reflection`}
                  className="flex flex-col gap-2 px-5 py-4 hover:bg-slate-50 sm:flex-row sm:items-start sm:justify-between"
                >
                  <div className="min-w-0">
                    <p className="font-medium">
                      {item.clientName} <span className="text-muted font-normal">on</span> {item.contactName}
                    </p>
                    <p className="text-muted text-sm">
                      {item.trackName} · {item.projectTitle} · interviewed{" "}
                      {formatInstant(item.interviewedAt, zone, reader)}
                    </p>
                    {item.excerpt && <p className="mt-1 line-clamp-2 text-sm break-words">{item.excerpt}</p>}
                  </div>
                  <div className="flex shrink-0 flex-wrap items-center gap-2 sm:flex-col sm:items-end">
                    <Badge tone="warning">{item.waiting}</Badge>
                    <span className="text-muted text-xs">
                      {item.resonance
                        ? `Resonance ${item.resonance} of 5 — ${resonanceLabel(item.resonance)}`
                        : "Not rated"}
                    </span>
                  </div>
                </Link>
              </li>
            ))}
          </ol>
        </Card>
      )}
      {(queue.nextCursor || cursor) && (
        <nav aria-label="Pages" className="mt-4 flex justify-between text-sm">
          {cursor ? (
            <Link className="text-brand-700 hover:underline" href={base}>
              ← Oldest first
            </Link>
          ) : (
            <span />
          )}
          {queue.nextCursor && (
            <Link className="text-brand-700 font-medium hover:underline" href={`${base}?after=${queue.nextCursor}`}>
              Next page →
            </Link>
          )}
        </nav>
      )}
    </>
  );
}
