"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { Input } from "~/components/ui/field";
import { TextArea } from "~/components/ui/text-area";
import { Alert } from "~/components/ui/surface";
import { cn } from "~/lib/cn";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { FEAR_SUGGESTIONS, INGREDIENTS, NOT_NEEDED, READINESS_LIMITS, type IngredientKey } from "../domain/readiness";

type Answers = Partial<Record<IngredientKey, number>>;

function RatingGroup({
  ingredient,
  value,
  error,
  onChange,
}: {
  ingredient: (typeof INGREDIENTS)[number];
  value: number | undefined;
  error?: string;
  onChange: (value: number) => void;
}) {
  const id = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${id}-error` : `${id}-anchors`}>
      <legend className="text-ink text-sm font-medium">
        {ingredient.label}: <span className="font-normal">{ingredient.question}</span>
      </legend>
      <div className="flex flex-wrap items-center gap-2">
        {[1, 2, 3, 4, 5].map((rating) => (
          <label key={rating} className="relative">
            <input
              type="radio"
              name={`${id}-${ingredient.key}`}
              value={rating}
              checked={value === rating}
              onChange={() => onChange(rating)}
              className="peer sr-only"
            />
            <span
              className={cn(
                "border-line flex size-11 cursor-pointer items-center justify-center rounded-lg border bg-white text-sm font-semibold",
                "peer-focus-visible:outline-brand-600 peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2",
                "peer-checked:border-brand-700 peer-checked:bg-brand-700 peer-checked:text-white",
                error && "border-red-400",
              )}
            >
              {rating}
              <span className="sr-only">
                {rating === 1 ? ` (${ingredient.low})` : rating === 5 ? ` (${ingredient.high})` : ""}
              </span>
            </span>
          </label>
        ))}
      </div>
      <p id={`${id}-anchors`} className="text-muted text-xs">
        1 = {ingredient.low.toLowerCase()}, 5 = {ingredient.high.toLowerCase()}
      </p>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs font-medium text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** The client's readiness check-in: five ratings, an optional note and the fears that hold them back. */
export function CheckInForm({
  practiceSlug,
  projectId,
  checkInId,
  previousFears,
}: {
  practiceSlug: string;
  projectId: string;
  checkInId: string;
  previousFears: string[];
}) {
  const trpc = useTRPC();
  const [answers, setAnswers] = useState<Answers>({});
  const [note, setNote] = useState("");
  const [fears, setFears] = useState<string[]>(previousFears);
  const [draftFear, setDraftFear] = useState("");
  const [localError, setLocalError] = useState<string | null>(null);
  const submit = useMutation(trpc.readiness.submit.mutationOptions());
  const problem = errorDetails(submit.error);
  const fearInputId = useId();
  const noteId = useId();

  const addFear = (text: string) => {
    const fear = text.trim();
    if (!fear) return;
    if (fears.length >= READINESS_LIMITS.fears) {
      setLocalError(`You can list up to ${READINESS_LIMITS.fears} fears; remove one to add another.`);
      return;
    }
    if (fears.some((f) => f.toLowerCase() === fear.toLowerCase())) return;
    setFears([...fears, fear.slice(0, READINESS_LIMITS.fearLength)]);
    setDraftFear("");
    setLocalError(null);
  };

  if (submit.isSuccess) {
    return (
      <Alert tone="success" title="Thank you — your coach will see this">
        <p>Your answers are saved. Come back whenever your coach asks for another check-in.</p>
        <p className="mt-2">
          <Link className="font-medium underline" href={`/p/${practiceSlug}/projects/${projectId}`}>
            Back to your project
          </Link>
        </p>
      </Alert>
    );
  }

  return (
    <form
      noValidate
      className="space-y-8"
      onSubmit={(event) => {
        event.preventDefault();
        submit.mutate({
          practiceSlug,
          checkInId,
          hope: answers.hope ?? 0,
          time: answers.time ?? 0,
          energy: answers.energy ?? 0,
          selfEsteem: answers.selfEsteem ?? 0,
          ambition: answers.ambition ?? 0,
          note,
          fears,
        });
      }}
    >
      <section className="space-y-6" aria-labelledby="ratings-heading">
        <h2 id="ratings-heading" className="text-base font-semibold">
          Where are you today?
        </h2>
        {INGREDIENTS.map((ingredient) => (
          <RatingGroup
            key={ingredient.key}
            ingredient={ingredient}
            value={answers[ingredient.key]}
            error={problem.fields[ingredient.key]}
            onChange={(value) => setAnswers({ ...answers, [ingredient.key]: value })}
          />
        ))}
      </section>

      <section className="space-y-3" aria-labelledby="fears-heading">
        <h2 id="fears-heading" className="text-base font-semibold">
          The fear monger
        </h2>
        <p className="text-muted text-sm">
          What does the voice in your head say when you think about reaching out? Naming it takes away some of its
          power. Add your own or pick from the common ones.
        </p>
        {fears.length > 0 && (
          <ul className="space-y-2" aria-label="Your fears">
            {fears.map((fear, index) => (
              <li
                key={fear}
                className="border-line flex items-start justify-between gap-3 rounded-lg border bg-white px-3 py-2 text-sm"
              >
                <span className="min-w-0 break-words">{fear}</span>
                <button
                  type="button"
                  className="text-muted hover:text-ink shrink-0 text-xs underline"
                  onClick={() => setFears(fears.filter((_, i) => i !== index))}
                >
                  Remove<span className="sr-only"> “{fear}”</span>
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="space-y-1.5">
          <label htmlFor={fearInputId} className="text-ink block text-sm font-medium">
            Add a fear
          </label>
          <div className="flex gap-2">
            <Input
              id={fearInputId}
              value={draftFear}
              maxLength={READINESS_LIMITS.fearLength}
              onChange={(event) => setDraftFear(event.target.value)}
              onKeyDown={(event) => {
                if (event.key === "Enter") {
                  event.preventDefault();
                  addFear(draftFear);
                }
              }}
              placeholder="e.g. I'll run out of things to say"
            />
            <Button type="button" variant="secondary" onClick={() => addFear(draftFear)}>
              Add
            </Button>
          </div>
          {(localError ?? problem.fields.fears) && (
            <p role="alert" className="text-xs font-medium text-red-600">
              {localError ?? problem.fields.fears}
            </p>
          )}
        </div>
        <div className="flex flex-wrap gap-2" aria-label="Common fears">
          {FEAR_SUGGESTIONS.filter((s) => !fears.includes(s)).map((suggestion) => (
            <button
              key={suggestion}
              type="button"
              onClick={() => addFear(suggestion)}
              className="border-line text-ink rounded-full border bg-white px-3 py-1 text-xs hover:bg-slate-50"
            >
              + {suggestion}
            </button>
          ))}
        </div>
        <Alert tone="brand" title="What you do not need">
          You don&apos;t need {NOT_NEEDED.slice(0, -1).join(", ")} or {NOT_NEEDED.at(-1)} to start. Curiosity and a few
          honest questions are enough.
        </Alert>
      </section>

      <div className="space-y-1.5">
        <label htmlFor={noteId} className="text-ink block text-sm font-medium">
          Anything else you want your coach to know? <span className="text-muted font-normal">(optional)</span>
        </label>
        <TextArea
          id={noteId}
          value={note}
          rows={4}
          onChange={(event) => setNote(event.target.value)}
          invalid={Boolean(problem.fields.note)}
        />
        <p className={cn("text-xs", note.length > READINESS_LIMITS.noteLength ? "text-red-600" : "text-muted")}>
          {note.length.toLocaleString("en")} / {READINESS_LIMITS.noteLength.toLocaleString("en")} characters
        </p>
        {problem.fields.note && (
          <p role="alert" className="text-xs font-medium text-red-600">
            {problem.fields.note}
          </p>
        )}
      </div>

      {submit.error && <Alert tone="danger">{problem.message ?? "Check the highlighted answers."}</Alert>}
      <Button type="submit" pending={submit.isPending}>
        Send my check-in
      </Button>
    </form>
  );
}
