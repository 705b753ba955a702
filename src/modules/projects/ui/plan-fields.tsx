"use client";

import { useId } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input, Select } from "~/components/ui/field";
import { cn } from "~/lib/cn";
import { OUTREACH_GOAL_LIMITS, QUESTION_LIMITS, TRACK_LIMITS, type OutreachPeriod } from "../domain/project-plan";

// The parts of a project plan that templates, the assignment form and project settings all
// edit: tracks, the question bank and the outreach goal. They edit strings (an emptied number
// box stays empty, and the server answers with the field's message); `numberFrom` turns them
// into the input the procedures take.

export interface TrackDraft {
  key: string;
  /** Set for a track that already exists (project settings). */
  id?: string;
  name: string;
  targetCount: string;
  /** Contacts on an existing track: such a track cannot be removed. */
  contacts?: number;
}

export interface QuestionDraft {
  key: string;
  text: string;
}

/** An empty box becomes NaN, which the server's schema answers with the field's own message. */
export const numberFrom = (text: string) => (text.trim() === "" ? Number.NaN : Number(text));

let nextKey = 0;
export const draftKey = () => `draft-${nextKey++}`;

export const tracksDraft = (tracks: Array<{ id?: string; name: string; targetCount: number; contacts?: number }>) =>
  tracks.map((track) => ({ ...track, key: draftKey(), targetCount: String(track.targetCount) }));
export const questionsDraft = (questions: string[]) => questions.map((text) => ({ key: draftKey(), text }));

export function TracksEditor({
  tracks,
  onChange,
  errors,
  legendHidden = false,
}: {
  tracks: TrackDraft[];
  onChange: (tracks: TrackDraft[]) => void;
  /** Field errors keyed like the server's: "tracks", "tracks.0.name", "tracks.1.targetCount". */
  errors: Record<string, string>;
  /** For a card whose visible title already says "Tracks": the legend stays for screen readers. */
  legendHidden?: boolean;
}) {
  const headingId = useId();
  const update = (index: number, patch: Partial<TrackDraft>) =>
    onChange(tracks.map((track, i) => (i === index ? { ...track, ...patch } : track)));
  return (
    <fieldset className="space-y-3" aria-describedby={errors.tracks ? `${headingId}-error` : undefined}>
      <legend id={headingId} className={cn("text-ink text-sm font-medium", legendHidden && "sr-only")}>
        Tracks
        <span className="text-muted ml-2 font-normal">
          the fields to explore, each with a number of conversations ({TRACK_LIMITS.min}–{TRACK_LIMITS.max} tracks)
        </span>
      </legend>
      {tracks.map((track, index) => {
        const locked = (track.contacts ?? 0) > 0;
        return (
          <div key={track.key} className="grid grid-cols-[1fr_6rem] items-start gap-3 sm:grid-cols-[1fr_7rem_auto]">
            <Field label={`Track ${index + 1}: field`} error={errors[`tracks.${index}.name`]}>
              {(ids) => (
                <Input
                  id={ids.id}
                  aria-describedby={ids.describedBy}
                  invalid={ids.invalid}
                  value={track.name}
                  maxLength={TRACK_LIMITS.nameMax}
                  placeholder="e.g. Marketing agency owners"
                  onChange={(event) => update(index, { name: event.target.value })}
                />
              )}
            </Field>
            <Field label="Target" error={errors[`tracks.${index}.targetCount`]}>
              {(ids) => (
                <Input
                  id={ids.id}
                  aria-describedby={ids.describedBy}
                  invalid={ids.invalid}
                  type="number"
                  inputMode="numeric"
                  min={TRACK_LIMITS.targetMin}
                  max={TRACK_LIMITS.targetMax}
                  value={track.targetCount}
                  onChange={(event) => update(index, { targetCount: event.target.value })}
                />
              )}
            </Field>
            <div className="col-span-2 sm:col-span-1 sm:pt-6">
              <Button
                type="button"
                variant="ghost"
                size="sm"
                disabled={tracks.length <= 1 || locked}
                title={locked ? `This track has ${track.contacts} contacts, so it can't be removed.` : undefined}
                aria-label={`Remove track ${index + 1}${track.name ? ` (${track.name})` : ""}`}
                onClick={() => onChange(tracks.filter((_, i) => i !== index))}
              >
                Remove
              </Button>
              {locked && (
                <span className="text-muted text-xs">
                  {track.contacts} {track.contacts === 1 ? "contact" : "contacts"} — can&apos;t be removed
                </span>
              )}
            </div>
          </div>
        );
      })}
      {errors.tracks && (
        <p id={`${headingId}-error`} role="alert" className="text-xs font-medium text-red-600">
          {errors.tracks}
        </p>
      )}
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={tracks.length >= TRACK_LIMITS.max}
        onClick={() => onChange([...tracks, { key: draftKey(), name: "", targetCount: "5" }])}
      >
        Add a track
      </Button>
    </fieldset>
  );
}

export function QuestionBankEditor({
  questions,
  onChange,
  errors,
  legendHidden = false,
}: {
  questions: QuestionDraft[];
  onChange: (questions: QuestionDraft[]) => void;
  errors: Record<string, string>;
  /** For a card whose visible title already says "Question bank". */
  legendHidden?: boolean;
}) {
  return (
    <fieldset className="space-y-3">
      <legend className={cn("text-ink text-sm font-medium", legendHidden && "sr-only")}>
        Question bank
        <span className="text-muted ml-2 font-normal">the client picks from these before each conversation</span>
      </legend>
      {questions.length === 0 && <p className="text-muted text-sm">No questions yet.</p>}
      <ol className="space-y-2">
        {questions.map((question, index) => {
          const error = errors[`questionBank.${index}`];
          return (
            <li key={question.key} className="flex items-start gap-2">
              <span className="text-muted w-6 pt-2.5 text-right text-sm" aria-hidden="true">
                {index + 1}.
              </span>
              <div className="flex-1 space-y-1">
                <Input
                  aria-label={`Question ${index + 1}`}
                  invalid={Boolean(error)}
                  value={question.text}
                  maxLength={QUESTION_LIMITS.textMax}
                  onChange={(event) =>
                    onChange(questions.map((q, i) => (i === index ? { ...q, text: event.target.value } : q)))
                  }
                />
                {error && (
                  <p role="alert" className="text-xs font-medium text-red-600">
                    {error}
                  </p>
                )}
              </div>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                className="mt-1"
                aria-label={`Remove question ${index + 1}`}
                onClick={() => onChange(questions.filter((_, i) => i !== index))}
              >
                Remove
              </Button>
            </li>
          );
        })}
      </ol>
      {errors.questionBank && (
        <p role="alert" className="text-xs font-medium text-red-600">
          {errors.questionBank}
        </p>
      )}
      <Button
        type="button"
        variant="secondary"
        size="sm"
        disabled={questions.length >= QUESTION_LIMITS.max}
        onClick={() => onChange([...questions, { key: draftKey(), text: "" }])}
      >
        Add a question
      </Button>
    </fieldset>
  );
}

export function OutreachGoalFields({
  count,
  period,
  onChange,
  errors,
}: {
  count: string;
  period: OutreachPeriod;
  onChange: (goal: { count: string; period: OutreachPeriod }) => void;
  errors: Record<string, string>;
}) {
  return (
    <div className="grid grid-cols-2 gap-3 sm:max-w-sm">
      <Field label="Outreach goal" hint="New people to contact" error={errors.outreachGoalCount}>
        {(ids) => (
          <Input
            id={ids.id}
            aria-describedby={ids.describedBy}
            invalid={ids.invalid}
            type="number"
            inputMode="numeric"
            min={OUTREACH_GOAL_LIMITS.min}
            max={OUTREACH_GOAL_LIMITS.max}
            value={count}
            onChange={(event) => onChange({ count: event.target.value, period })}
          />
        )}
      </Field>
      <Field label="Per" error={errors.outreachGoalPeriod}>
        {(ids) => (
          <Select
            id={ids.id}
            aria-describedby={ids.describedBy}
            invalid={ids.invalid}
            value={period}
            onChange={(event) => onChange({ count, period: event.target.value as OutreachPeriod })}
          >
            <option value="DAY">day</option>
            <option value="WEEK">week</option>
          </Select>
        )}
      </Field>
    </div>
  );
}
