import Link from "next/link";
import { Badge, Card } from "~/components/ui/surface";
import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import type { ClientListItem } from "../server/client-list.service";
import { ClientActions } from "./client-actions";
import { CLIENT_STATUS, SESSION_STATUS } from "./client-status";

/**
 * The clients list as cards: one per person, at every width (a phone gets the same card,
 * stacked). Intake answers and session history fold open, so a long list stays scannable.
 */
export function ClientCards({
  clients,
  practiceSlug,
  zone,
  reader,
  billingHref,
}: {
  clients: ClientListItem[];
  practiceSlug: string;
  zone: string;
  reader: ViewerLocale;
  billingHref: string | null;
}) {
  return (
    <ul className="space-y-3" aria-label="Clients">
      {clients.map((client) => {
        const status = CLIENT_STATUS[client.status];
        return (
          <li key={client.id}>
            <Card className="p-4 sm:p-5">
              <article aria-labelledby={`client-${client.id}`} className="space-y-3">
                <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
                  <div className="min-w-0">
                    <h2 id={`client-${client.id}`} className="text-base font-semibold">
                      <Link href={`/p/${practiceSlug}/clients/${client.id}`} className="text-brand-700 hover:underline">
                        {client.name}
                      </Link>
                    </h2>
                    <p className="text-muted text-sm break-all">{client.email}</p>
                  </div>
                  <div className="flex flex-wrap gap-1.5">
                    <Badge tone={status.tone}>{status.label}</Badge>
                    {client.userId && <Badge tone="success">Can sign in</Badge>}
                  </div>
                </div>
                <dl className="text-muted grid gap-x-6 gap-y-1 text-sm sm:grid-cols-3">
                  <div>
                    <dt className="sr-only">Coach</dt>
                    <dd>Coach: {client.coach?.displayName ?? "none yet"}</dd>
                  </div>
                  <div>
                    <dt className="sr-only">Next session</dt>
                    <dd>
                      Next session:{" "}
                      {client.nextSessionAt ? formatInstant(client.nextSessionAt, zone, reader) : "none booked"}
                    </dd>
                  </div>
                  <div>
                    <dt className="sr-only">Added</dt>
                    <dd>Added {formatInstant(client.createdAt, zone, reader)}</dd>
                  </div>
                </dl>
                {client.intake && (
                  <details className="group rounded-lg bg-slate-50 px-3 py-2 text-sm">
                    <summary className="cursor-pointer font-medium">
                      Intake answers, given when booking on {formatInstant(client.intake.bookedAt, zone, reader)}
                    </summary>
                    <dl className="mt-2 space-y-2">
                      {client.intake.answers.map((item) => (
                        <div key={item.question}>
                          <dt className="text-muted">{item.question}</dt>
                          <dd className="break-words whitespace-pre-line">{item.answer}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                )}
                {client.sessions.length > 0 && (
                  <details className="rounded-lg bg-slate-50 px-3 py-2 text-sm">
                    <summary className="cursor-pointer font-medium">Sessions ({client.sessions.length})</summary>
                    <ul className="mt-2 space-y-1">
                      {client.sessions.map((session) => (
                        <li key={session.id} className="flex flex-wrap justify-between gap-x-3">
                          <span>{formatInstant(session.startAt, zone, reader)}</span>
                          <span className="text-muted">
                            {session.sessionType.name} · {SESSION_STATUS[session.status]}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </details>
                )}
                <ClientActions
                  practiceSlug={practiceSlug}
                  client={{ id: client.id, name: client.name, status: client.status }}
                  billingHref={billingHref}
                />
              </article>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}
