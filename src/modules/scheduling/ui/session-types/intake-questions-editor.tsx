"use client";

import { useId } from "react";
import { Button } from "~/components/ui/button";
import { FieldError } from "~/components/ui/field";
import { InputField, NumberField, SelectField } from "~/components/ui/labelled-controls";
import { SESSION_TYPE_LIMITS } from "../../domain/session-type-input";
import { DEFAULT_ANSWER_LENGTH, type IntakeQuestionKind } from "../../domain/session-types";
import { ArrowDownIcon, ArrowUpIcon, CrossIcon, PlusIcon } from "../icons";
import { canAddOption, errorsUnder, moved, withQuestionKind, type QuestionDraft } from "./session-type-draft";

const KIND_LABELS: Record<IntakeQuestionKind, string> = {
  SHORT_TEXT: "Short answer (one line)",
  LONG_TEXT: "Long answer (a paragraph)",
  SINGLE_CHOICE: "One choice from a list",
};

/** The questions a booker answers, in the order they are asked; each can be moved, removed or reworded. */
export function IntakeQuestionsEditor({
  questions,
  errors,
  newKey,
  onChange,
}: {
  questions: QuestionDraft[];
  /** The server's messages for the form, keyed by path ("intakeQuestions.0.label"). */
  errors: Record<string, string>;
  newKey: () => string;
  onChange: (questions: QuestionDraft[]) => void;
}) {
  const editAt = (index: number, question: QuestionDraft) =>
    onChange(questions.map((current, i) => (i === index ? question : current)));
  if (questions.length === 0) {
    return <p className="text-muted text-sm">No questions: bookers give their name and email only.</p>;
  }
  return (
    <ol className="space-y-4">
      {questions.map((question, index) => (
        <li key={question.key}>
          <QuestionEditor
            number={index + 1}
            count={questions.length}
            question={question}
            errors={errorsUnder(errors, `intakeQuestions.${index}`)}
            newKey={newKey}
            onChange={(changed) => editAt(index, changed)}
            onMove={(by) => onChange(moved(questions, index, by))}
            onRemove={() => onChange(questions.filter((_, i) => i !== index))}
          />
        </li>
      ))}
    </ol>
  );
}

function QuestionEditor({
  number,
  count,
  question,
  errors,
  newKey,
  onChange,
  onMove,
  onRemove,
}: {
  number: number;
  count: number;
  question: QuestionDraft;
  errors: Record<string, string>;
  newKey: () => string;
  onChange: (question: QuestionDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const requiredId = useId();
  const name = `question ${number}`;
  return (
    <fieldset className="border-line rounded-lg border p-4">
      <legend className="text-ink px-1 text-sm font-semibold">Question {number}</legend>
      <div className="space-y-4">
        <InputField
          label="Question"
          error={errors.label}
          value={question.label}
          maxLength={SESSION_TYPE_LIMITS.questionLabelMax}
          placeholder="What would you like to get out of this session?"
          onChange={(event) => onChange({ ...question, label: event.target.value })}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            label="Answer type"
            error={errors.kind}
            value={question.kind}
            onChange={(event) =>
              onChange(withQuestionKind(question, event.target.value as IntakeQuestionKind, newKey()))
            }
          >
            {Object.entries(KIND_LABELS).map(([kind, label]) => (
              <option key={kind} value={kind}>
                {label}
              </option>
            ))}
          </SelectField>
          {question.kind !== "SINGLE_CHOICE" && (
            <NumberField
              label="Longest answer"
              unit="characters"
              value={question.maxLength}
              placeholder={String(DEFAULT_ANSWER_LENGTH[question.kind])}
              hint={`Leave empty for ${DEFAULT_ANSWER_LENGTH[question.kind]}.`}
              error={errors.maxLength}
              min={SESSION_TYPE_LIMITS.answerLength.min}
              max={SESSION_TYPE_LIMITS.answerLength.max}
              step={50}
              onValueChange={(maxLength) => onChange({ ...question, maxLength })}
            />
          )}
        </div>
        {question.kind === "SINGLE_CHOICE" && (
          <ChoicesEditor question={question} errors={errors} newKey={newKey} onChange={onChange} />
        )}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <div className="flex items-center gap-2">
            <input
              id={requiredId}
              type="checkbox"
              checked={question.required}
              onChange={(event) => onChange({ ...question, required: event.target.checked })}
              className="accent-brand-700 size-4 cursor-pointer"
            />
            <label htmlFor={requiredId} className="text-ink cursor-pointer text-sm">
              Bookers must answer
            </label>
          </div>
          <div className="flex flex-wrap gap-1">
            <Button
              type="button"
              variant="ghost"
              size="sm"
              disabled={number === 1}
              aria-label={`Move ${name} up`}
              onClick={() => onMove(-1)}
            >
              <ArrowUpIcon />
              <span aria-hidden="true">Up</span>
            </Button>
            <Button
              type="button"
              variant="ghost"
              size="sm"
              disabled={number === count}
              aria-label={`Move ${name} down`}
              onClick={() => onMove(1)}
            >
              <ArrowDownIcon />
              <span aria-hidden="true">Down</span>
            </Button>
            <Button type="button" variant="ghost" size="sm" aria-label={`Remove ${name}`} onClick={onRemove}>
              <CrossIcon />
              <span aria-hidden="true">Remove</span>
            </Button>
          </div>
        </div>
      </div>
    </fieldset>
  );
}

function ChoicesEditor({
  question,
  errors,
  newKey,
  onChange,
}: {
  question: QuestionDraft;
  errors: Record<string, string>;
  newKey: () => string;
  onChange: (question: QuestionDraft) => void;
}) {
  const setOptions = (options: QuestionDraft["options"]) => onChange({ ...question, options });
  return (
    <div className="space-y-2">
      <p className="text-ink text-sm font-medium">Choices</p>
      <ul className="space-y-2">
        {question.options.map((option, index) => (
          <li key={option.key} className="flex items-start gap-2">
            <div className="min-w-0 flex-1">
              <InputField
                label={`Choice ${index + 1}`}
                error={errors[`options.${index}`]}
                value={option.text}
                maxLength={SESSION_TYPE_LIMITS.optionMax}
                onChange={(event) =>
                  setOptions(
                    question.options.map((current, i) =>
                      i === index ? { ...current, text: event.target.value } : current,
                    ),
                  )
                }
              />
            </div>
            <button
              type="button"
              onClick={() => setOptions(question.options.filter((_, i) => i !== index))}
              aria-label={`Remove choice ${index + 1}${option.text ? `, ${option.text}` : ""}`}
              title="Remove this choice"
              className="text-muted mt-7 inline-flex size-9 shrink-0 items-center justify-center rounded-lg hover:bg-slate-100 hover:text-red-700"
            >
              <CrossIcon />
            </button>
          </li>
        ))}
      </ul>
      {errors.options && <FieldError>{errors.options}</FieldError>}
      {canAddOption(question) && (
        <button
          type="button"
          onClick={() => setOptions([...question.options, { key: newKey(), text: "" }])}
          className="text-brand-700 hover:text-brand-800 inline-flex items-center gap-1 rounded-md text-sm font-medium"
        >
          <PlusIcon />
          Add a choice
        </button>
      )}
    </div>
  );
}
