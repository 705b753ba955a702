"use client";

import { NumberField } from "~/components/ui/labelled-controls";
import { Card, CardHeader } from "~/components/ui/surface";
import type { AvailabilityDraft } from "./draft";

type SessionRulesDraft = Pick<
  AvailabilityDraft,
  | "sessionMinutes"
  | "slotIntervalMinutes"
  | "bufferBeforeMinutes"
  | "bufferAfterMinutes"
  | "minimumNoticeHours"
  | "horizonDays"
  | "maxSessionsPerDay"
>;

/** How long sessions are and how clients can book them; each box edits its text as typed. */
export function SessionRulesCard({
  draft,
  errors,
  onChange,
}: {
  draft: SessionRulesDraft;
  errors: Record<string, string>;
  onChange: (change: Partial<SessionRulesDraft>) => void;
}) {
  return (
    <Card>
      <CardHeader title="Session rules" description="How long sessions are and how clients can book them." />
      <div className="grid gap-5 p-5 sm:grid-cols-2 lg:grid-cols-3">
        <NumberField
          label="Session length"
          unit="min"
          value={draft.sessionMinutes}
          onValueChange={(sessionMinutes) => onChange({ sessionMinutes })}
          error={errors.sessionMinutes}
          hint="10 to 120 minutes."
          min={10}
          max={120}
          step={5}
        />
        <NumberField
          label="Start times every"
          unit="min"
          value={draft.slotIntervalMinutes}
          onValueChange={(slotIntervalMinutes) => onChange({ slotIntervalMinutes })}
          error={errors.slotIntervalMinutes}
          hint="Counted from midnight in your time zone: 20 gives :00, :20, :40."
          min={5}
          max={120}
          step={5}
        />
        <NumberField
          label="Buffer before"
          unit="min"
          value={draft.bufferBeforeMinutes}
          onValueChange={(bufferBeforeMinutes) => onChange({ bufferBeforeMinutes })}
          error={errors.bufferBeforeMinutes}
          hint="Kept free before each session."
          min={0}
          max={120}
          step={5}
        />
        <NumberField
          label="Buffer after"
          unit="min"
          value={draft.bufferAfterMinutes}
          onValueChange={(bufferAfterMinutes) => onChange({ bufferAfterMinutes })}
          error={errors.bufferAfterMinutes}
          hint="Kept free after each session."
          min={0}
          max={120}
          step={5}
        />
        <NumberField
          label="Minimum notice"
          unit="hours"
          value={draft.minimumNoticeHours}
          onValueChange={(minimumNoticeHours) => onChange({ minimumNoticeHours })}
          error={errors.minimumNoticeMinutes}
          hint="How soon before a session it can be booked."
          min={0}
          max={336}
          step={0.5}
          decimal
        />
        <NumberField
          label="Booking horizon"
          unit="days"
          value={draft.horizonDays}
          onValueChange={(horizonDays) => onChange({ horizonDays })}
          error={errors.horizonDays}
          hint="How far ahead clients can book."
          min={1}
          max={365}
          step={1}
        />
        <NumberField
          label="Max sessions per day"
          unit="sessions"
          value={draft.maxSessionsPerDay}
          onValueChange={(maxSessionsPerDay) => onChange({ maxSessionsPerDay })}
          error={errors.maxSessionsPerDay}
          hint="Leave empty for no limit."
          placeholder="No limit"
          min={1}
          max={24}
          step={1}
        />
      </div>
    </Card>
  );
}
