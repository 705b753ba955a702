"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { usePageRefresh } from "~/components/hooks/use-page-refresh";
import { Button } from "~/components/ui/button";
import { ServerCheckedForm } from "~/components/ui/server-checked-form";
import { InputField, TextAreaField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { zoneLabel } from "~/lib/zone-labels";
import { useTRPC } from "~/trpc/react";
import { LIMITS } from "../schemas";
import { SubmitOrCancel } from "./submit-or-cancel";

interface Props {
  practiceSlug: string;
  contactId: string;
  contactName: string;
  timeZone: string;
  questionBank: string[];
  /** Absent for a new interview; then date and time start at now on the client's clock. */
  interview?: { id: string; date: string; time: string; questions: string[]; notes: string | null };
  defaults: { date: string; time: string };
  onDone: () => void;
}

/**
 * Prepare an interview (when, and the questions to ask) and record it afterwards (notes). A time
 * still ahead makes the person "scheduled"; once it has passed they are "interviewed", and the
 * next step is the reflection.
 */
export function InterviewForm({
  practiceSlug,
  contactId,
  contactName,
  timeZone,
  questionBank,
  interview,
  defaults,
  onDone,
}: Props) {
  const trpc = useTRPC();
  const [date, setDate] = useState(interview?.date ?? defaults.date);
  const [time, setTime] = useState(interview?.time ?? defaults.time);
  const [questions, setQuestions] = useState<string[]>(interview?.questions ?? []);
  const [notes, setNotes] = useState(interview?.notes ?? "");
  const { refreshing, refresh } = usePageRefresh();
  const save = useMutation(trpc.outreach.saveInterview.mutationOptions({ onSuccess: refresh }));
  const problem = errorDetails(save.error);
  // Questions chosen earlier stay listed even if the coach has since taken them out of the bank.
  const offered = [...new Set([...questionBank, ...questions])];

  if (save.data) {
    return (
      <div className="space-y-3">
        <Alert tone="success" title={save.data.happened ? "Interview recorded" : "Interview prepared"}>
          {save.data.happened
            ? `Write down how the conversation with ${contactName} felt while it is fresh.`
            : `${contactName} is now scheduled. Come back afterwards to add your notes.`}
        </Alert>
        <div className="flex flex-wrap gap-2">
          {save.data.happened && !refreshing && (
            <Button asChild size="sm">
              <Link href={`/p/${practiceSlug}/interviews/${save.data.id}/reflection`}>Write your reflection</Link>
            </Button>
          )}
          <Button size="sm" variant="ghost" onClick={onDone}>
            Close
          </Button>
        </div>
      </div>
    );
  }

  return (
    <ServerCheckedForm
      className="space-y-3"
      onSubmit={() => {
        save.mutate({ practiceSlug, contactId, interviewId: interview?.id, date, time, questions, notes });
      }}
    >
      <div className="grid gap-3 sm:grid-cols-2">
        <InputField
          label="Date"
          error={problem.fields.date}
          type="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <InputField
          label={`Time in ${zoneLabel(timeZone, new Date())}`}
          error={problem.fields.time}
          type="time"
          value={time}
          onChange={(e) => setTime(e.target.value)}
        />
      </div>
      <fieldset className="space-y-1.5">
        <legend className="text-ink text-sm font-medium">Questions to ask</legend>
        {offered.length === 0 ? (
          <p className="text-muted text-sm">Your coach hasn't added questions to this project's bank yet.</p>
        ) : (
          offered.map((question) => (
            <label key={question} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                className="accent-brand-700 mt-0.5 size-4"
                checked={questions.includes(question)}
                onChange={(e) =>
                  setQuestions((chosen) =>
                    e.target.checked ? [...chosen, question] : chosen.filter((q) => q !== question),
                  )
                }
              />
              <span>{question}</span>
            </label>
          ))
        )}
        {problem.fields.questions && (
          <p role="alert" className="text-xs font-medium text-red-600">
            {problem.fields.questions}
          </p>
        )}
      </fieldset>
      <TextAreaField
        label="Notes (optional)"
        error={problem.fields.notes}
        hint="What they said, names they mentioned, anything to follow up."
        rows={5}
        value={notes}
        maxLength={LIMITS.notes}
        onChange={(e) => setNotes(e.target.value)}
      />
      {problem.message && Object.keys(problem.fields).length === 0 && <Alert tone="danger">{problem.message}</Alert>}
      <SubmitOrCancel label="Save interview" pending={save.isPending} onCancel={onDone} />
    </ServerCheckedForm>
  );
}
