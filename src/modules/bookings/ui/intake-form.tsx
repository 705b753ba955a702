"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { InputField, SelectField, TextAreaField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import type { IntakeQuestion } from "~/modules/scheduling/domain/session-types";
import { answerField, type IntakeFormState } from "./form-state";

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
  const errors = state.fieldErrors ?? {};
  // An error about a slot applies to that slot only; picking another one clears it.
  const startError =
    (state.values.start === hidden.start ? errors.start : undefined) ?? (available ? undefined : unavailableMessage);
  return (
    <form action={formAction} className="space-y-5" noValidate>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="border-line bg-canvas rounded-lg border px-4 py-3">
        {children}
        {startError && (
          <p role="alert" className="mt-2 text-sm font-medium text-red-600">
            {startError}
          </p>
        )}
      </div>
      {state.error && <Alert tone="danger">{state.error}</Alert>}
      <div className="grid gap-4 sm:grid-cols-2">
        <InputField
          label="Your name"
          error={errors.name}
          name="name"
          autoComplete="name"
          required
          maxLength={100}
          defaultValue={state.values.name}
        />
        <InputField
          label="Email address"
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
          label="Phone number"
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
