"use client";

import { useMutation } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useRefreshThen } from "~/components/hooks/use-refresh-then";
import { Button } from "~/components/ui/button";
import { InputField, NumberField, SelectField, TextAreaField } from "~/components/ui/labelled-controls";
import { ServerCheckedForm } from "~/components/ui/server-checked-form";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { SESSION_TYPE_LIMITS } from "../../domain/session-type-input";
import { LOCATION_KIND_LABELS, type LocationKind, type SessionKind } from "../../domain/session-types";
import type { SessionTypeView } from "../../server/session-types.service";
import { PlusIcon } from "../icons";
import { ChoiceGroup } from "./choice-group";
import { IntakeQuestionsEditor } from "./intake-questions-editor";
import { RemindersEditor } from "./reminders-editor";
import { canAddQuestion, draftFrom, inputFrom, newQuestion, type SessionTypeDraft } from "./session-type-draft";

const L = SESSION_TYPE_LIMITS;

export const VISIBILITY_CHOICES = [
  { value: "PUBLIC", label: "Public", description: "Listed on your booking page; anyone can book." },
  { value: "CLIENTS", label: "Clients only", description: "Offered to your clients in their workspace." },
  { value: "LINK", label: "Secret link", description: "Listed nowhere; bookable by whoever has the link." },
] as const;

const KIND_CHOICES: ReadonlyArray<{ value: SessionKind; label: string }> = [
  { value: "DISCOVERY", label: "Discovery: the free first conversation" },
  { value: "COACHING", label: "Coaching session" },
];

/** What the location box asks for, by kind; kinds that need nothing typed have no box. */
const DETAIL_FIELD: Partial<Record<LocationKind, { label: string; hint: string; placeholder: string }>> = {
  VIDEO: {
    label: "Meeting link",
    hint: "Your fixed room, sent with every confirmation and reminder.",
    placeholder: "https://whereby.com/your-room",
  },
  PHONE_COACH: {
    label: "Your phone number",
    hint: "Bookers see it once they have booked.",
    placeholder: "+44 20 7946 0000",
  },
  IN_PERSON: {
    label: "Address",
    hint: "Shown on your booking page, so bookers know where they would go.",
    placeholder: "12 Harbour Street, Leith, Edinburgh",
  },
};

const NO_DETAIL_NOTE: Partial<Record<LocationKind, string>> = {
  PHONE_BOOKER: "Bookers are asked for their phone number when they book.",
  NONE: "Bookers are told you will share where you meet.",
};

/** Creates a session type (type null) or edits one; closes with what it did. */
export function SessionTypeEditor({
  practiceSlug,
  coachProfileId,
  type,
  onDone,
}: {
  practiceSlug: string;
  coachProfileId: string;
  type: SessionTypeView | null;
  onDone: (notice: string) => void;
}) {
  const trpc = useTRPC();
  const ids = useId();
  const keys = useRef(0);
  const newKey = () => `new-${keys.current++}`;
  const [draft, setDraft] = useState(() => draftFrom(type, "saved"));
  const set = (change: Partial<SessionTypeDraft>) => setDraft((current) => ({ ...current, ...change }));
  const saved = useRefreshThen(() => onDone(type ? "Session type saved." : "Session type created."));
  const create = useMutation(trpc.sessionTypes.create.mutationOptions({ onSuccess: saved }));
  const update = useMutation(trpc.sessionTypes.update.mutationOptions({ onSuccess: saved }));
  const mutation = type ? update : create;
  const { message, fields } = errorDetails(mutation.error);
  const problems = Object.keys(fields).length;
  const detail = DETAIL_FIELD[draft.locationKind];
  const title = type ? `Edit “${type.name}”` : "New session type";

  return (
    <Card>
      <CardHeader
        title={title}
        description="Every session type shares your weekly hours; these rules say how this one is booked."
      />
      <ServerCheckedForm
        aria-label={title}
        className="divide-line divide-y"
        onSubmit={() => {
          const input = { practiceSlug, ...inputFrom(draft) };
          if (type) update.mutate({ ...input, sessionTypeId: type.id });
          else create.mutate({ ...input, coachProfileId });
        }}
      >
        <section className="space-y-5 p-5" aria-label="About the session">
          <div className="grid gap-5 sm:grid-cols-2">
            <InputField
              label="Name"
              error={fields.name}
              value={draft.name}
              maxLength={L.nameMax}
              placeholder="Coaching session"
              onChange={(event) => set({ name: event.target.value })}
            />
            <SelectField
              label="Kind"
              error={fields.kind}
              value={draft.kind}
              onChange={(event) => set({ kind: event.target.value as SessionKind })}
            >
              {KIND_CHOICES.map((choice) => (
                <option key={choice.value} value={choice.value}>
                  {choice.label}
                </option>
              ))}
            </SelectField>
          </div>
          <TextAreaField
            label="Description (optional)"
            hint="A sentence or two on the booking page about what the session is for."
            error={fields.description}
            rows={2}
            maxLength={L.descriptionMax}
            value={draft.description}
            onChange={(event) => set({ description: event.target.value })}
          />
          <ChoiceGroup
            legend="Who can book it"
            value={draft.visibility}
            choices={VISIBILITY_CHOICES}
            error={fields.visibility}
            onChange={(visibility) => set({ visibility })}
          />
        </section>

        <section className="space-y-4 p-5" aria-labelledby={`${ids}-rules`}>
          <h3 id={`${ids}-rules`} className="text-ink text-sm font-semibold">
            Length and booking rules
          </h3>
          <div className="grid gap-5 sm:grid-cols-2 lg:grid-cols-3">
            <NumberField
              label="Session length"
              unit="min"
              value={draft.durationMinutes}
              onValueChange={(durationMinutes) => set({ durationMinutes })}
              error={fields.durationMinutes}
              hint={`${L.durationMinutes.min} to ${L.durationMinutes.max} minutes.`}
              min={L.durationMinutes.min}
              max={L.durationMinutes.max}
              step={5}
            />
            <NumberField
              label="Start times every"
              unit="min"
              value={draft.slotIntervalMinutes}
              onValueChange={(slotIntervalMinutes) => set({ slotIntervalMinutes })}
              error={fields.slotIntervalMinutes}
              hint="Counted from midnight in your time zone: 20 gives :00, :20, :40."
              min={L.slotIntervalMinutes.min}
              max={L.slotIntervalMinutes.max}
              step={5}
            />
            <NumberField
              label="Buffer before"
              unit="min"
              value={draft.bufferBeforeMinutes}
              onValueChange={(bufferBeforeMinutes) => set({ bufferBeforeMinutes })}
              error={fields.bufferBeforeMinutes}
              hint="Kept free before each session."
              min={L.bufferMinutes.min}
              max={L.bufferMinutes.max}
              step={5}
            />
            <NumberField
              label="Buffer after"
              unit="min"
              value={draft.bufferAfterMinutes}
              onValueChange={(bufferAfterMinutes) => set({ bufferAfterMinutes })}
              error={fields.bufferAfterMinutes}
              hint="Kept free after each session."
              min={L.bufferMinutes.min}
              max={L.bufferMinutes.max}
              step={5}
            />
            <NumberField
              label="Minimum notice"
              unit="hours"
              value={draft.minimumNoticeHours}
              onValueChange={(minimumNoticeHours) => set({ minimumNoticeHours })}
              error={fields.minimumNoticeMinutes}
              hint="How soon before a session it can be booked."
              min={0}
              max={L.minimumNoticeMinutes.max / 60}
              step={0.5}
              decimal
            />
            <NumberField
              label="Booking horizon"
              unit="days"
              value={draft.horizonDays}
              onValueChange={(horizonDays) => set({ horizonDays })}
              error={fields.horizonDays}
              hint="How far ahead it can be booked."
              min={L.horizonDays.min}
              max={L.horizonDays.max}
              step={1}
            />
            <NumberField
              label="Max sessions per day"
              unit="sessions"
              value={draft.maxSessionsPerDay}
              onValueChange={(maxSessionsPerDay) => set({ maxSessionsPerDay })}
              error={fields.maxSessionsPerDay}
              hint="Counts all your sessions that day, of every type. Empty for no limit."
              placeholder="No limit"
              min={L.maxSessionsPerDay.min}
              max={L.maxSessionsPerDay.max}
              step={1}
            />
          </div>
        </section>

        <section className="space-y-4 p-5" aria-labelledby={`${ids}-location`}>
          <h3 id={`${ids}-location`} className="text-ink text-sm font-semibold">
            Where it happens
          </h3>
          <div className="grid gap-5 sm:grid-cols-2">
            <SelectField
              label="Location"
              error={fields["location.kind"]}
              value={draft.locationKind}
              onChange={(event) => set({ locationKind: event.target.value as LocationKind })}
            >
              {Object.entries(LOCATION_KIND_LABELS).map(([kind, label]) => (
                <option key={kind} value={kind}>
                  {label}
                </option>
              ))}
            </SelectField>
            {detail ? (
              <InputField
                label={detail.label}
                hint={detail.hint}
                error={fields["location.detail"]}
                value={draft.locationDetail}
                placeholder={detail.placeholder}
                maxLength={draft.locationKind === "IN_PERSON" ? L.addressMax : L.meetingUrlMax}
                inputMode={
                  draft.locationKind === "PHONE_COACH" ? "tel" : draft.locationKind === "VIDEO" ? "url" : undefined
                }
                autoComplete="off"
                onChange={(event) => set({ locationDetail: event.target.value })}
              />
            ) : (
              <p className="text-muted text-sm sm:pt-8">{NO_DETAIL_NOTE[draft.locationKind]}</p>
            )}
          </div>
        </section>

        <section className="space-y-4 p-5" aria-labelledby={`${ids}-questions`}>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <div>
              <h3 id={`${ids}-questions`} className="text-ink text-sm font-semibold">
                Intake questions
              </h3>
              <p className="text-muted text-sm">
                Asked when someone books. You see the answers on the session; other clients never do.
              </p>
            </div>
            {canAddQuestion(draft.questions) && (
              <Button
                type="button"
                variant="secondary"
                size="sm"
                onClick={() => set({ questions: [...draft.questions, newQuestion(newKey())] })}
              >
                <PlusIcon />
                Add a question
              </Button>
            )}
          </div>
          {fields.intakeQuestions && <Alert tone="danger">{fields.intakeQuestions}</Alert>}
          <IntakeQuestionsEditor
            questions={draft.questions}
            errors={fields}
            newKey={newKey}
            onChange={(questions) => set({ questions })}
          />
        </section>

        <section className="space-y-4 p-5" aria-labelledby={`${ids}-reminders`}>
          <h3 id={`${ids}-reminders`} className="text-ink text-sm font-semibold">
            Reminders and changes
          </h3>
          <RemindersEditor
            reminders={draft.reminders}
            errors={fields}
            newKey={newKey}
            onChange={(reminders) => set({ reminders })}
          />
          <NumberField
            label="Bookers can't change it within"
            unit="hours"
            className="sm:max-w-xs"
            value={draft.changeWindowHours}
            onValueChange={(changeWindowHours) => set({ changeWindowHours })}
            error={fields.changeWindowHours}
            hint="Of the start. 0 lets them cancel or reschedule until it begins; you can always change it."
            min={L.changeWindowHours.min}
            max={L.changeWindowHours.max}
            step={1}
          />
        </section>

        <div className="space-y-3 p-5">
          {mutation.isError && (
            <Alert tone="danger" title="Session type not saved">
              {fields._ ?? message}
              {problems > 1 && ` And ${problems - 1} more — see the highlighted fields.`}
            </Alert>
          )}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" pending={mutation.isPending}>
              {type ? "Save session type" : "Create session type"}
            </Button>
            <Button type="button" variant="secondary" onClick={() => onDone("")}>
              Cancel
            </Button>
          </div>
        </div>
      </ServerCheckedForm>
    </Card>
  );
}
