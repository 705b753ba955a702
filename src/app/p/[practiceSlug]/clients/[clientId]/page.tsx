import type { Metadata } from "next";
import Link from "next/link";
import { Badge, Card, CardHeader, PageHeader } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import { ClientProjects } from "~/modules/clients/ui/client-projects";
import { CoachNotes } from "~/modules/clients/ui/coach-notes";
import { requireUser } from "~/server/auth/require-user";
import { api, loadOrNotFound } from "~/trpc/server";

export const metadata: Metadata = { title: "Client" };

const STATUS = {
  LEAD: { label: "Lead", tone: "warning" },
  ACTIVE: { label: "Active", tone: "brand" },
  COMPLETED: { label: "Completed", tone: "success" },
  ARCHIVED: { label: "Archived", tone: "neutral" },
} as const;

const SESSION_STATUS = { CONFIRMED: "Confirmed", CANCELLED: "Cancelled", COMPLETED: "Completed", NO_SHOW: "No-show" };

export default async function ClientPage({ params }: { params: Promise<{ practiceSlug: string; clientId: string }> }) {
  const { practiceSlug, clientId } = await params;
  const path = `/p/${practiceSlug}/clients/${clientId}`;
  const user = await requireUser(path);
  const [practice, detail] = await loadOrNotFound(
    () => Promise.all([api.practices.get({ practiceSlug }), api.clients.detail({ practiceSlug, clientId })]),
    path,
  );
  const zone = user.timeZone ?? practice.timeZone;
  const { client } = detail;
  const status = STATUS[client.status];
  const sessionList = (sessions: typeof detail.upcomingSessions, empty: string) =>
    sessions.length === 0 ? (
      <p className="text-muted text-sm">{empty}</p>
    ) : (
      <ul className="space-y-2 text-sm">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-baseline justify-between gap-x-3">
            <span>{formatInstant(session.startAt, zone)}</span>
            <span className="text-muted text-xs">
              {session.coach.displayName} · {SESSION_STATUS[session.status]}
            </span>
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
            {client.timeZone && <span>· lives in {client.timeZone}</span>}
          </span>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <ClientProjects projects={detail.projects} practiceSlug={practiceSlug} clientId={client.id} zone={zone} />
        <div className="space-y-6">
          <Card>
            <CardHeader title="Sessions" description={`Times in ${zone}.`} />
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
              <CoachNotes practiceSlug={practiceSlug} clientId={client.id} notes={detail.notes} zone={zone} />
            </div>
          </Card>
        </div>
      </div>
    </>
  );
}
