"use client";

import { useId } from "react";
import { Button } from "~/components/ui/button";
import { FieldError, Input } from "~/components/ui/field";
import { InputField, NumberField, SelectField } from "~/components/ui/labelled-controls";
import { cn } from "~/lib/cn";
import { OUTREACH_GOAL_LIMITS, QUESTION_LIMITS, TRACK_LIMITS, type OutreachPeriod } from "../domain/project-plan";
import { draftKey, type PlanDraft, type QuestionDraft, type TrackDraft } from "./plan-draft";

// Editors for the parts of a project plan that templates, the assignment form and project
// settings all share: tracks, the question bank and the outreach goal.

/** What each list editor takes besides its items. */
interface PlanListEditorProps<Item> {
  onChange: (items: Item[]) => void;
  /** Field errors keyed like the server's: "tracks", "tracks.0.name", "questionBank.1". */
  errors: Record<string, string>;
  /** For a card whose visible title already names the list: the legend stays for screen readers. */
  legendHidden?: boolean;
}

export function TracksEditor({
  tracks,
  onChange,
  errors,
  legendHidden = false,
}: { tracks: TrackDraft[] } & PlanListEditorProps<TrackDraft>) {
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
            <InputField
              label={`Track ${index + 1}: field`}
              error={errors[`tracks.${index}.name`]}
              value={track.name}
              maxLength={TRACK_LIMITS.nameMax}
              placeholder={
                track.standIn ? `${track.standIn}, e.g. Marketing agency owners` : "e.g. Marketing agency owners"
              }
              onChange={(event) => update(index, { name: event.target.value })}
            />
            <NumberField
              label="Target"
              error={errors[`tracks.${index}.targetCount`]}
              min={TRACK_LIMITS.targetMin}
              max={TRACK_LIMITS.targetMax}
              value={track.targetCount}
              onValueChange={(targetCount) => update(index, { targetCount })}
            />
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
      {errors.tracks && <FieldError id={`${headingId}-error`}>{errors.tracks}</FieldError>}
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
}: { questions: QuestionDraft[] } & PlanListEditorProps<QuestionDraft>) {
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
                {error && <FieldError>{error}</FieldError>}
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
      {errors.questionBank && <FieldError>{errors.questionBank}</FieldError>}
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
      <NumberField
        label="Outreach goal"
        hint="New people to contact"
        error={errors.outreachGoalCount}
        min={OUTREACH_GOAL_LIMITS.min}
        max={OUTREACH_GOAL_LIMITS.max}
        value={count}
        onValueChange={(value) => onChange({ count: value, period })}
      />
      <SelectField
        label="Per"
        error={errors.outreachGoalPeriod}
        value={period}
        onChange={(event) => onChange({ count, period: event.target.value as OutreachPeriod })}
      >
        <option value="DAY">day</option>
        <option value="WEEK">week</option>
      </SelectField>
    </div>
  );
}

/** The whole plan in one column: tracks, the outreach goal, then the question bank. */
export function PlanFields({
  draft,
  onChange,
  errors,
}: {
  draft: PlanDraft;
  onChange: (patch: Partial<PlanDraft>) => void;
  errors: Record<string, string>;
}) {
  return (
    <>
      <TracksEditor tracks={draft.tracks} onChange={(tracks) => onChange({ tracks })} errors={errors} />
      <OutreachGoalFields
        count={draft.goalCount}
        period={draft.goalPeriod}
        onChange={({ count, period }) => onChange({ goalCount: count, goalPeriod: period })}
        errors={errors}
      />
      <QuestionBankEditor
        questions={draft.questions}
        onChange={(questions) => onChange({ questions })}
        errors={errors}
      />
    </>
  );
}
