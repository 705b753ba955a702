import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, CardHeader, PageHeader } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import { viewerZone } from "~/lib/viewer-zone";
import { zoneLabel } from "~/lib/zone-labels";
import { viewerLocale } from "~/modules/accounts/server/viewer-locale";
import { BookForClient } from "~/modules/bookings/ui/client/book-for-client";
import { ClientProjects } from "~/modules/clients/ui/client-projects";
import { CLIENT_STATUS, SESSION_STATUS } from "~/modules/clients/ui/client-status";
import { CoachNotes } from "~/modules/clients/ui/coach-notes";
import { SessionNotes } from "~/modules/clients/ui/session-notes";
import { isErasedAddress } from "~/modules/erasure/domain/placeholders";
import { EraseClientSection } from "~/modules/erasure/ui/erase-client-section";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Client" };

export default async function ClientPage({ params }: { params: Promise<{ practiceSlug: string; clientId: string }> }) {
  const { practiceSlug, clientId } = await params;
  const path = `/p/${practiceSlug}/clients/${clientId}`;
  const user = await requireUser(path);
  const [[practice, detail], reader] = await Promise.all([
    loadOrNotFound(
      () => Promise.all([api.practices.get({ practiceSlug }), api.clients.detail({ practiceSlug, clientId })]),
      path,
    ),
    viewerLocale(),
  ]);
  const zone = viewerZone(user, practice);
  const now = new Date();
  const { client } = detail;
  const status = CLIENT_STATUS[client.status];
  const sessionList = (sessions: typeof detail.upcomingSessions, empty: string) =>
    sessions.length === 0 ? (
      <p className="text-muted text-sm">{empty}</p>
    ) : (
      <ul className="divide-line space-y-3 divide-y text-sm [&>li]:pt-3 [&>li:first-child]:pt-0">
        {sessions.map((session) => (
          <li key={session.id} className="space-y-1">
            <div className="flex flex-wrap items-baseline justify-between gap-x-3">
              <span className="font-medium">{session.sessionType.name}</span>
              <span className="text-muted text-xs">
                {session.coach.displayName} · {SESSION_STATUS[session.status]}
              </span>
            </div>
            <p>{formatInstant(session.startAt, zone, reader)}</p>
            {session.place && <p className="text-muted">Where: {session.place}</p>}
            {session.answers.length > 0 && (
              <dl className="text-muted space-y-0.5">
                {session.answers.map((item) => (
                  <div key={item.key}>
                    <dt className="inline font-medium">{item.question}: </dt>
                    <dd className="inline whitespace-pre-line">{item.answer}</dd>
                  </div>
                ))}
              </dl>
            )}
            <SessionNotes
              practiceSlug={practiceSlug}
              bookingId={session.id}
              notes={session.notes}
              started={session.started}
              zone={zone}
              reader={reader}
            />
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href={`/p/${practiceSlug}/caseload`} className="text-muted hover:text-ink">
          ← Caseload
        </Link>
      </p>
      <PageHeader
        title={client.name}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span>{client.email}</span>
            <Badge tone={status.tone}>{status.label}</Badge>
            <span>Coach: {client.coach?.displayName ?? "none yet"}</span>
            {client.timeZone && <span>· lives in {zoneLabel(client.timeZone, now)}</span>}
          </span>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <ClientProjects
          projects={detail.projects}
          practiceSlug={practiceSlug}
          clientId={client.id}
          zone={zone}
          reader={reader}
        />
        <div className="space-y-6">
          <BookForClient practiceSlug={practiceSlug} clientId={client.id} zone={zone} reader={reader} />
          <Card>
            <CardHeader title="Sessions" description={`Times in ${zoneLabel(zone, now)}.`} />
            <div className="space-y-4 p-5">
              <div>
                <h3 className="mb-2 text-sm font-semibold">Upcoming</h3>
                {sessionList(detail.upcomingSessions, "Nothing booked.")}
              </div>
              <div>
                <h3 className="mb-2 text-sm font-semibold">Past and cancelled</h3>
                {sessionList(detail.pastSessions, "No past sessions.")}
              </div>
            </div>
          </Card>
          <Card>
            <CardHeader
              title="Coach notes"
              description={`Never shown to ${client.name}. Teammates see a note only when you share it.`}
            />
            <div className="p-5">
              <CoachNotes
                practiceSlug={practiceSlug}
                clientId={client.id}
                notes={detail.notes}
                zone={zone}
                reader={reader}
              />
            </div>
          </Card>
          <EraseClientSection
            practiceSlug={practiceSlug}
            client={{ id: client.id, email: client.email, erased: isErasedAddress(client.email) }}
          />
        </div>
      </div>
    </>
  );
}
