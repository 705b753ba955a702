"use client";

import { useState } from "react";
import { Button } from "~/components/ui/button";
import { Badge, Card } from "~/components/ui/surface";
import { sessionTypeBookingPath, type LocationKind, type SessionVisibility } from "../../domain/session-types";
import type { SessionTypeView } from "../../server/session-types.service";
import { ArrowDownIcon, ArrowUpIcon, CopyIcon } from "../icons";

const VISIBILITY_BADGES: Record<SessionVisibility, { label: string; tone: "success" | "brand" | "warning" }> = {
  PUBLIC: { label: "Public", tone: "success" },
  CLIENTS: { label: "Clients only", tone: "brand" },
  LINK: { label: "Secret link", tone: "warning" },
};

/** The coach's own words for each location, followed by its detail. */
const LOCATION_LINES: Record<LocationKind, string> = {
  VIDEO: "Video call",
  PHONE_BOOKER: "Phone call: you call the booker",
  PHONE_COACH: "Phone call: the booker calls you",
  IN_PERSON: "In person",
  NONE: "No fixed place",
};

const UNIT_WORDS = [
  [24 * 60, "day"],
  [60, "hour"],
  [1, "minute"],
] as const;

/** 1440 → "1 day", 120 → "2 hours", 90 → "90 minutes". */
function beforeWords(minutes: number): string {
  const [size, word] = UNIT_WORDS.find(([size]) => minutes % size === 0)!;
  const count = minutes / size;
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

function rulesLine(type: SessionTypeView): string {
  const questions = type.intakeQuestions.length;
  const parts = [
    questions === 0 ? "No intake questions" : `${questions} intake ${questions === 1 ? "question" : "questions"}`,
    type.reminderMinutesBefore.length === 0
      ? "no reminders"
      : `reminders ${type.reminderMinutesBefore.map(beforeWords).join(" and ")} before`,
  ];
  if (type.changeWindowHours > 0) parts.push(`bookers can't change it within ${type.changeWindowHours} h`);
  return parts.join(" · ");
}

export interface CardActions {
  pending: boolean;
  onEdit: () => void;
  onArchive: (archived: boolean) => void;
  /** Absent for archived types and at the ends of the list. */
  onMove?: { up?: () => void; down?: () => void };
  onNewLink: () => void;
}

export function SessionTypeCard({
  practiceSlug,
  coachSlug,
  type,
  actions,
}: {
  practiceSlug: string;
  coachSlug: string;
  type: SessionTypeView;
  actions: CardActions;
}) {
  const badge = VISIBILITY_BADGES[type.visibility];
  const path = sessionTypeBookingPath({ practiceSlug, coachSlug, type });
  return (
    <Card className="space-y-3 px-4 py-4 sm:px-5">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0 flex-1 basis-60 space-y-1.5">
          <h3 className="text-ink font-semibold break-words">{type.name}</h3>
          <div className="flex flex-wrap gap-1.5">
            <Badge>{type.rules.durationMinutes} min</Badge>
            <Badge tone={badge.tone}>{badge.label}</Badge>
            {type.kind === "DISCOVERY" && <Badge tone="brand">Discovery</Badge>}
            {type.archived && <Badge tone="danger">Archived</Badge>}
          </div>
          <p className="text-ink text-sm break-words">
            {LOCATION_LINES[type.location.kind]}
            {type.location.detail && <span className="text-muted">: {type.location.detail}</span>}
          </p>
          <p className="text-muted text-xs">{rulesLine(type)}</p>
        </div>
        <div className="flex flex-wrap items-center gap-1">
          {actions.onMove && (
            <>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                aria-label={`Move ${type.name} up`}
                title="Move up"
                disabled={!actions.onMove.up || actions.pending}
                onClick={actions.onMove.up}
              >
                <ArrowUpIcon />
              </Button>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                aria-label={`Move ${type.name} down`}
                title="Move down"
                disabled={!actions.onMove.down || actions.pending}
                onClick={actions.onMove.down}
              >
                <ArrowDownIcon />
              </Button>
            </>
          )}
          <Button type="button" variant="secondary" size="sm" aria-label={`Edit ${type.name}`} onClick={actions.onEdit}>
            Edit
          </Button>
          <Button
            type="button"
            variant="ghost"
            size="sm"
            aria-label={`${type.archived ? "Restore" : "Archive"} ${type.name}`}
            disabled={actions.pending}
            onClick={() => actions.onArchive(!type.archived)}
          >
            {type.archived ? "Restore" : "Archive"}
          </Button>
        </div>
      </div>
      {!type.archived &&
        (path ? (
          <BookingLink
            name={type.name}
            path={path}
            secret={type.visibility === "LINK"}
            pending={actions.pending}
            onNewLink={actions.onNewLink}
          />
        ) : (
          <p className="text-muted text-xs">Your clients book it from their workspace; it has no public link.</p>
        ))}
    </Card>
  );
}

function BookingLink({
  name,
  path,
  secret,
  pending,
  onNewLink,
}: {
  name: string;
  path: string;
  secret: boolean;
  pending: boolean;
  onNewLink: () => void;
}) {
  const [copied, setCopied] = useState<"idle" | "copied" | "failed">("idle");
  const [replacing, setReplacing] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(new URL(path, window.location.origin).toString());
      setCopied("copied");
    } catch {
      setCopied("failed");
    }
  };
  return (
    <div className="border-line space-y-2 border-t pt-3">
      <p className="text-muted text-xs">
        {secret ? "Secret link: anyone who has it can book." : "Public link:"}{" "}
        <span className="text-ink font-mono break-all">{path}</span>
      </p>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="secondary" size="sm" onClick={copy} aria-label={`Copy link to ${name}`}>
          <CopyIcon />
          Copy link
        </Button>
        {secret && !replacing && (
          <Button
            type="button"
            variant="ghost"
            size="sm"
            onClick={() => setReplacing(true)}
            aria-label={`New secret link for ${name}`}
          >
            New secret link
          </Button>
        )}
        {replacing && (
          <span
            role="group"
            aria-label="Replace the secret link?"
            className="flex flex-wrap items-center gap-2 text-sm"
          >
            <span>The old link stops working.</span>
            <Button
              type="button"
              variant="danger"
              size="sm"
              pending={pending}
              onClick={() => {
                onNewLink();
                setReplacing(false);
                setCopied("idle");
              }}
            >
              Replace link
            </Button>
            <Button type="button" variant="secondary" size="sm" onClick={() => setReplacing(false)}>
              Keep
            </Button>
          </span>
        )}
        <span className="text-muted text-xs" aria-live="polite">
          {copied === "copied" ? "Link copied." : copied === "failed" ? "Copy the link above by hand." : ""}
        </span>
      </div>
    </div>
  );
}
