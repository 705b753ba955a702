import { Badge } from "~/components/ui/surface";
import { formatDayAndClockTime } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";
import { OUTREACH_KIND_LABELS } from "../domain/outreach-effects";
import type { WorkspaceContact } from "../server/workspace.service";

// A person's outreach log (exactly as sent) and interviews, newest first. Text is rendered as
// text, never as HTML.

export function ContactHistory({
  contact,
  timeZone,
  reader,
}: {
  contact: WorkspaceContact;
  timeZone: string;
  reader: ViewerLocale;
}) {
  const { outreach, interviews } = contact;
  if (outreach.length === 0 && interviews.length === 0) {
    return <p className="text-muted mt-3 text-xs">No messages or interviews logged yet.</p>;
  }
  const summary = [
    outreach.length > 0 && `${outreach.length} ${outreach.length === 1 ? "message" : "messages"}`,
    interviews.length > 0 && `${interviews.length} ${interviews.length === 1 ? "interview" : "interviews"}`,
  ]
    .filter(Boolean)
    .join(", ");
  return (
    <details className="group mt-3">
      <summary className="text-brand-700 cursor-pointer text-sm font-medium">
        Outreach log and interviews ({summary})
      </summary>
      <div className="mt-2 space-y-3">
        {interviews.map((interview) => (
          <section key={interview.id} className="border-line rounded-md border p-3 text-sm">
            <p className="font-medium">
              {interview.happened ? "Interview" : "Upcoming interview"} ·{" "}
              {formatDayAndClockTime(interview.occurredAt, timeZone, reader)} in{" "}
              {zoneLabel(timeZone, interview.occurredAt)}
            </p>
            {interview.questions.length > 0 && (
              <ul className="text-muted mt-1 list-disc pl-5">
                {interview.questions.map((question) => (
                  <li key={question}>{question}</li>
                ))}
              </ul>
            )}
            {interview.notes && <p className="mt-2 break-words whitespace-pre-wrap">{interview.notes}</p>}
          </section>
        ))}
        {outreach.length > 0 && (
          <ol className="space-y-2">
            {outreach.map((event) => (
              <li key={event.id} className="border-line rounded-md border p-3 text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <Badge>{OUTREACH_KIND_LABELS[event.kind]}</Badge>
                  <span className="text-muted text-xs">
                    sent {formatDayAndClockTime(event.sentAt, timeZone, reader)}
                  </span>
                </p>
                {event.subject && <p className="mt-1 font-medium break-words">{event.subject}</p>}
                <p className="mt-1 break-words whitespace-pre-wrap">{event.message}</p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </details>
  );
}
