import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, EmptyState, PageHeader } from "~/components/ui/surface";
import { cn } from "~/lib/cn";
import { formatClockTime, formatInstant, formatLocalDate, localDateOf } from "~/lib/time-zones";
import { viewerZone } from "~/lib/viewer-zone";
import { zoneLabel } from "~/lib/zone-labels";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { placeFor } from "~/modules/bookings/domain/session-place";
import { intakeAnswers } from "~/modules/bookings/schemas";
import { SessionActions } from "~/modules/bookings/ui/coach/session-actions";
import { SessionPlaceText } from "~/modules/bookings/ui/session-place-text";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Sessions" };

const STATUS = {
  CONFIRMED: { label: "Confirmed", tone: "brand" },
  CANCELLED: { label: "Cancelled", tone: "danger" },
  COMPLETED: { label: "Completed", tone: "success" },
  NO_SHOW: { label: "No-show", tone: "warning" },
} as const;

export default async function SessionsPage({
  params,
  searchParams,
}: {
  params: Promise<{ practiceSlug: string }>;
  searchParams: Promise<{ scope?: string; cursor?: string }>;
}) {
  const { practiceSlug } = await params;
  const query = await searchParams;
  const scope = query.scope === "past" ? "past" : "upcoming";
  const user = await requireUser(`/p/${practiceSlug}/sessions`);
  const [[practice, page], reader] = await Promise.all([
    loadOrNotFound(() =>
      Promise.all([
        api.practices.get({ practiceSlug }),
        api.bookings.sessions({ practiceSlug, scope, cursor: query.cursor ?? null, limit: 20 }),
      ]),
    ),
    viewerLocale(),
  ]);
  const zone = viewerZone(user, practice);
  const showCoach = practice.role === "OWNER" || practice.role === "ADMIN";
  const tab = (value: string, label: string) => (
    <Link
      href={`/p/${practiceSlug}/sessions${value === "past" ? "?scope=past" : ""}`}
      aria-current={scope === value ? "page" : undefined}
      className={cn(
        "rounded-md px-3 py-1.5 text-sm font-medium",
        scope === value ? "text-ink bg-white shadow-sm" : "text-muted hover:text-ink",
      )}
    >
      {label}
    </Link>
  );
  return (
    <>
      <PageHeader
        title="Sessions"
        description={`Sessions booked with ${showCoach ? "your coaches" : "you"}. Times in ${zoneLabel(zone, new Date())}.`}
        actions={
          <nav className="flex gap-1 rounded-lg bg-slate-100 p-1" aria-label="Sessions">
            {tab("upcoming", "Upcoming")}
            {tab("past", "Past and cancelled")}
          </nav>
        }
      />
      {page.items.length === 0 ? (
        <EmptyState
          title={scope === "upcoming" ? "No upcoming sessions" : "No past sessions yet"}
          description={
            scope === "upcoming"
              ? `Share your booking page, /book/${practiceSlug}, and new sessions appear here.`
              : undefined
          }
        />
      ) : (
        <ul className="space-y-3">
          {page.items.map((session) => {
            const answers = intakeAnswers(session.answers);
            const status = STATUS[session.status];
            const place = placeFor(
              "coach",
              {
                location: { kind: session.locationKind, detail: session.locationDetail },
                bookerPhone: session.bookerPhone,
              },
              { coach: session.coach.displayName, booker: session.bookerName },
            );
            return (
              <li key={session.id}>
                <Card className="grid gap-4 p-5 md:grid-cols-[14rem_1fr_auto]">
                  <div>
                    <p className="font-semibold">
                      <time dateTime={session.startAt.toISOString()}>
                        {formatInstant(session.startAt, zone, reader)}
                      </time>
                    </p>
                    {/* The booker's own clock, not the viewer's: what to say when talking to them about the time. */}
                    {session.bookerTimeZone !== zone && (
                      <p className="text-muted text-sm">
                        Client's time: {formatLocalDate(localDateOf(session.startAt, session.bookerTimeZone), reader)},{" "}
                        {formatClockTime(session.startAt, session.bookerTimeZone, reader)} in{" "}
                        {zoneLabel(session.bookerTimeZone, session.startAt)}
                      </p>
                    )}
                    <div className="mt-2">
                      <Badge tone={status.tone}>{status.label}</Badge>
                    </div>
                  </div>
                  <div className="min-w-0 text-sm break-words">
                    <p className="font-medium">
                      {session.bookerName} <span className="text-muted font-normal">· {session.bookerEmail}</span>
                    </p>
                    <p className="text-muted">
                      {session.sessionType.name}
                      {showCoach && <> with {session.coach.displayName}</>}
                    </p>
                    {place && (
                      <p className="mt-1">
                        <SessionPlaceText place={place} />
                      </p>
                    )}
                    {answers.map(({ key, question, answer }) => (
                      <p key={key} className="mt-2">
                        <span className="text-muted">{question}</span>
                        <br />
                        <span className="whitespace-pre-wrap">{answer}</span>
                      </p>
                    ))}
                    {session.cancelReason && <p className="text-muted mt-2">Reason: {session.cancelReason}</p>}
                  </div>
                  {(session.status === "CONFIRMED" ||
                    session.status === "COMPLETED" ||
                    session.status === "NO_SHOW") && (
                    <SessionActions
                      practiceSlug={practiceSlug}
                      bookingId={session.id}
                      timeZone={zone}
                      reader={reader}
                      upcoming={scope === "upcoming"}
                    />
                  )}
                </Card>
              </li>
            );
          })}
        </ul>
      )}
      {page.nextCursor && (
        <div className="mt-4 text-right">
          <Link
            className="text-brand-700 text-sm font-medium hover:underline"
            href={`/p/${practiceSlug}/sessions?scope=${scope}&cursor=${page.nextCursor}`}
          >
            More →
          </Link>
        </div>
      )}
    </>
  );
}
