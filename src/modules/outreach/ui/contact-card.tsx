"use client";

import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Badge } from "~/components/ui/surface";
import { formatDayAndClockTime, formatLocalDate } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";
import type { OutreachKind } from "../domain/outreach-effects";
import { STATUS_LABELS, STATUS_TONES } from "../domain/pipeline";
import type { WorkspaceContact } from "../server/workspace.service";
import { ContactForm } from "./contact-form";
import { ContactHistory } from "./contact-history";
import { DeleteContactDialog } from "./delete-contact-dialog";
import { InterviewForm } from "./interview-form";
import { MessageDrafter, type OutreachTemplateOption } from "./message-drafter";
import { MoveStatus } from "./move-status";
import { ReflectionLink } from "./reflection-link";

export interface CardContext {
  practiceSlug: string;
  projectId: string;
  /** The client's zone: the project's days and interview times are theirs, whoever reads them. */
  timeZone: string;
  /** How the reader reads clocks and dates. */
  reader: ViewerLocale;
  canEdit: boolean;
  isClient: boolean;
  clientName: string;
  questionBank: string[];
  tracks: Array<{ id: string; name: string }>;
  people: Array<{ id: string; name: string }>;
  templates: OutreachTemplateOption[];
  /** "Now" on the client's clock, to start a new interview's date and time from. */
  nowLocal: { date: string; time: string };
}

type Panel = "message" | "interview" | "edit" | null;

/** The messages that make sense for this person now, and the one to offer first. */
function messageKinds(contact: WorkspaceContact): { kinds: OutreachKind[]; suggested: OutreachKind } {
  const interviewed = contact.interviewedAt !== null;
  const kinds: OutreachKind[] = ["INITIAL"];
  if (contact.firstContactedAt) kinds.push("FOLLOW_UP");
  if (interviewed) kinds.push("THANK_YOU");
  if (interviewed && contact.referredBy) kinds.push("REFERRER_UPDATE");
  const thankYouDue = interviewed && (!contact.thankedAt || contact.thankedAt < contact.interviewedAt!);
  const suggested: OutreachKind = thankYouDue
    ? "THANK_YOU"
    : interviewed && contact.referredBy && !contact.referrerToldAt
      ? "REFERRER_UPDATE"
      : contact.firstContactedAt
        ? "FOLLOW_UP"
        : "INITIAL";
  return { kinds, suggested };
}

function interviewAction(
  status: WorkspaceContact["status"],
  latest: WorkspaceContact["interviews"][number] | undefined,
) {
  if (!latest) return "Add an interview";
  if (!latest.happened) return "Prepare the interview";
  return status === "SCHEDULED" ? "Record the interview" : "Edit interview notes";
}

export function ContactCard({ contact, context }: { contact: WorkspaceContact; context: CardContext }) {
  const [panel, setPanel] = useState<Panel>(null);
  const { practiceSlug, timeZone, reader, canEdit } = context;
  const toggle = (next: Panel) => setPanel((current) => (current === next ? null : next));
  const close = () => setPanel(null);
  // Interviews come newest first: the latest is the one to prepare, record or add notes to.
  const latest = contact.interviews[0];
  const upcoming = latest && !latest.happened ? latest : undefined;
  const held = contact.interviews.filter((interview) => interview.happened);
  const { kinds, suggested } = messageKinds(contact);
  const subtitle = [contact.role, contact.organisation].filter(Boolean).join(" · ");

  return (
    <article className="border-line rounded-lg border bg-white p-4" aria-labelledby={`contact-${contact.id}-name`}>
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0 flex-1">
          <h3 id={`contact-${contact.id}-name`} className="text-ink font-semibold break-words">
            {contact.name}
          </h3>
          {subtitle && <p className="text-muted text-sm break-words">{subtitle}</p>}
        </div>
        <span className="shrink-0 whitespace-nowrap">
          <Badge tone={STATUS_TONES[contact.shownStatus]}>{STATUS_LABELS[contact.shownStatus]}</Badge>
        </span>
      </div>

      <dl className="mt-2 space-y-0.5 text-sm">
        {contact.referredBy && (
          <div>
            <dt className="text-muted inline">Referred by </dt>
            <dd className="inline">
              <a href={`#contact-${contact.referredBy.id}`} className="text-brand-700 hover:underline">
                {contact.referredBy.name}
              </a>
            </dd>
          </div>
        )}
        {contact.howFound && (
          <div>
            <dt className="text-muted inline">Found: </dt>
            <dd className="inline break-words whitespace-pre-wrap">{contact.howFound}</dd>
          </div>
        )}
        {contact.link && (
          <div className="truncate">
            <dt className="sr-only">Link</dt>
            <dd className="inline">
              <a
                href={contact.link}
                target="_blank"
                rel="noopener noreferrer nofollow"
                className="text-brand-700 hover:underline"
              >
                {contact.link.replace(/^https?:\/\//, "")}
              </a>
            </dd>
          </div>
        )}
        {contact.nextFollowUpOn && (
          <div>
            <dt className="text-muted inline">Next follow-up </dt>
            <dd className="inline font-medium">{formatLocalDate(contact.nextFollowUpOn, reader, { short: true })}</dd>
          </div>
        )}
        {upcoming && (
          <div>
            <dt className="text-muted inline">Interview </dt>
            <dd className="inline font-medium">
              {formatDayAndClockTime(upcoming.occurredAt, timeZone, reader)} in{" "}
              {zoneLabel(timeZone, upcoming.occurredAt)}
            </dd>
          </div>
        )}
      </dl>

      {/* While the interview panel is open it offers the reflection itself, once saved. */}
      {held.length > 0 && panel !== "interview" && (
        <ul className="mt-2 space-y-0.5 text-sm">
          {held.map((interview) => (
            <li key={interview.id}>
              <ReflectionLink practiceSlug={practiceSlug} interview={interview} isClient={context.isClient} />
              {held.length > 1 && (
                <span className="text-muted">
                  {" "}
                  · interview {formatDayAndClockTime(interview.occurredAt, timeZone, reader)}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}

      {canEdit && (
        <div className="mt-3 space-y-2">
          <div className="flex flex-wrap items-center gap-2">
            <Button
              size="sm"
              variant={panel === "message" ? "primary" : "secondary"}
              aria-expanded={panel === "message"}
              onClick={() => toggle("message")}
            >
              Draft a message
            </Button>
            <Button
              size="sm"
              variant={panel === "interview" ? "primary" : "secondary"}
              aria-expanded={panel === "interview"}
              onClick={() => toggle("interview")}
            >
              {interviewAction(contact.status, latest)}
            </Button>
          </div>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <MoveStatus practiceSlug={practiceSlug} contactId={contact.id} status={contact.shownStatus} />
            <div className="flex items-center gap-1">
              <Button size="sm" variant="ghost" aria-expanded={panel === "edit"} onClick={() => toggle("edit")}>
                Edit
              </Button>
              <DeleteContactDialog
                practiceSlug={practiceSlug}
                contact={{ id: contact.id, name: contact.name, referralCount: contact.referralCount }}
              />
            </div>
          </div>
        </div>
      )}

      {panel && (
        <div className="border-line mt-3 rounded-lg border bg-slate-50 p-3">
          {panel === "message" && (
            <MessageDrafter
              practiceSlug={practiceSlug}
              contactId={contact.id}
              kinds={kinds}
              suggestedKind={suggested}
              templates={context.templates}
              values={{
                name: contact.name,
                role: contact.role,
                organisation: contact.organisation,
                referrer: contact.referredBy?.name,
                client: context.clientName,
              }}
              onDone={close}
            />
          )}
          {panel === "interview" && (
            <InterviewForm
              practiceSlug={practiceSlug}
              contactId={contact.id}
              contactName={contact.name}
              timeZone={timeZone}
              questionBank={context.questionBank}
              interview={
                latest && {
                  id: latest.id,
                  date: latest.local.date,
                  time: latest.local.time,
                  questions: latest.questions,
                  notes: latest.notes,
                }
              }
              defaults={context.nowLocal}
              onDone={close}
            />
          )}
          {panel === "edit" && (
            <ContactForm
              practiceSlug={practiceSlug}
              projectId={context.projectId}
              contactId={contact.id}
              tracks={context.tracks}
              referrers={context.people.filter((person) => person.id !== contact.id)}
              initial={{
                name: contact.name,
                role: contact.role ?? "",
                organisation: contact.organisation ?? "",
                howFound: contact.howFound ?? "",
                link: contact.link ?? "",
                trackId: contact.trackId,
                referredById: contact.referredById ?? "",
              }}
              onDone={close}
            />
          )}
        </div>
      )}

      <ContactHistory contact={contact} timeZone={timeZone} reader={reader} />
    </article>
  );
}
