"use client";

import { useActionState, useRef } from "react";
import { Button } from "~/components/ui/button";
import { InputField, SelectField, TextAreaField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import type { IntakeQuestion } from "~/modules/scheduling/domain/session-types";
import { answerField, type IntakeFormState } from "./form-state";
import { refusalMessage, useFormFocus } from "./use-form-focus";

interface IntakeFormProps {
  action: (previous: IntakeFormState, form: FormData) => Promise<IntakeFormState>;
  hidden: Record<string, string>;
  /** The session type's questions, in order. */
  questions: readonly IntakeQuestion[];
  /** The coach calls the booker, so their number is asked. */
  asksPhone: boolean;
  /** Whether the picked time is still free as of this render. */
  available: boolean;
  unavailableMessage: string;
  children: React.ReactNode;
}

const empty = { name: "", email: "", phone: "", answers: {}, start: "" };
const LABELS = { name: "Your name", email: "Email address", phone: "Phone number" } as const;

/** "2 answers need a look: Your name, Email address." for the fields the server refused, in the form's order. */
function problemsSentence(errors: Record<string, string>, questions: readonly IntakeQuestion[]) {
  const labels = [
    ...Object.entries(LABELS),
    ...questions.map((question) => [answerField(question.id), question.label] as const),
  ]
    .filter(([key]) => key in errors)
    .map(([, label]) => label);
  if (labels.length === 0) return undefined;
  return `${labels.length === 1 ? "1 answer needs" : `${labels.length} answers need`} a look: ${labels.join(", ")}.`;
}

/** Name, email, the booker's number when the coach calls, and the type's questions; the picked time arrives as `children`. */
export function IntakeForm({
  action,
  hidden,
  questions,
  asksPhone,
  available,
  unavailableMessage,
  children,
}: IntakeFormProps) {
  const [state, formAction, pending] = useActionState(action, { values: empty });
  const form = useRef<HTMLFormElement>(null);
  const errors = state.fieldErrors ?? {};
  const refused = state.error !== undefined || state.fieldErrors !== undefined;
  useFormFocus(form, hidden.start ?? "", refused ? state : undefined);
  // An error about a slot applies to that slot only; picking another one clears it.
  const startError =
    (state.values.start === hidden.start ? errors.start : undefined) ?? (available ? undefined : unavailableMessage);
  const problems = problemsSentence(errors, questions);
  return (
    <form ref={form} action={formAction} className="space-y-5" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="border-line bg-canvas rounded-lg border px-4 py-3">
        {children}
        {startError && (
          <p role="alert" {...refusalMessage} className="mt-2 text-sm font-medium text-red-600 outline-none">
            {startError}
          </p>
        )}
      </div>
      {(state.error ?? problems) && (
        <div {...refusalMessage} className="outline-none">
          <Alert tone="danger" title={state.error}>
            {problems}
          </Alert>
        </div>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          label={LABELS.name}
          error={errors.name}
          name="name"
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={state.values.name}
        />
        <InputField
          label={LABELS.email}
          error={errors.email}
          hint="Your confirmation and a link to change the booking go here."
          name="email"
          type="email"
          inputMode="email"
          autoComplete="email"
          required
          maxLength={320}
          defaultValue={state.values.email}
        />
      </div>
      {asksPhone && (
        <InputField
          label={LABELS.phone}
          error={errors.phone}
          hint="Your coach calls you on this number at the time of the session."
          name="phone"
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          required
          maxLength={40}
          defaultValue={state.values.phone}
        />
      )}
      {questions.map((question) => (
        <QuestionField
          key={question.id}
          question={question}
          error={errors[answerField(question.id)]}
          value={state.values.answers[question.id] ?? ""}
        />
      ))}
      <Button type="submit" size="lg" className="w-full sm:w-auto" pending={pending} disabled={!available}>
        {pending ? "Booking…" : "Book session"}
      </Button>
    </form>
  );
}

function QuestionField({ question, error, value }: { question: IntakeQuestion; error?: string; value: string }) {
  const common = {
    label: question.label,
    error,
    hint: question.required ? undefined : "Optional.",
    name: answerField(question.id),
    required: question.required,
    defaultValue: value,
  };
  switch (question.kind) {
    case "SHORT_TEXT":
      return <InputField {...common} maxLength={question.maxLength} />;
    case "LONG_TEXT":
      return <TextAreaField {...common} rows={4} maxLength={question.maxLength} />;
    case "SINGLE_CHOICE":
      return (
        <SelectField {...common}>
          <option value="">{question.required ? "Choose one" : "No answer"}</option>
          {question.options.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </SelectField>
      );
  }
}
