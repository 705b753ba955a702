"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { InputField, TextAreaField } from "~/components/ui/labelled-controls";
import { Alert } from "~/components/ui/surface";
import type { IntakeFormState } from "./form-state";

interface IntakeFormProps {
  action: (previous: IntakeFormState, form: FormData) => Promise<IntakeFormState>;
  hidden: { practiceSlug: string; coachSlug: string; timeZone: string; start: string };
  questions: { fieldsOfInterest: string; whatPrompted: string };
  /** Whether the picked time is still free as of this render. */
  available: boolean;
  unavailableMessage: string;
  children: React.ReactNode;
}

const empty = { name: "", email: "", fieldsOfInterest: "", whatPrompted: "", start: "" };

/** Name, email and the two intake questions; the picked time arrives as `children`. */
export function IntakeForm({ action, hidden, questions, available, unavailableMessage, children }: IntakeFormProps) {
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
      <InputField
        label={questions.fieldsOfInterest}
        error={errors["answers.fieldsOfInterest"]}
        hint="Optional. For example: UX research, product management."
        name="fieldsOfInterest"
        maxLength={500}
        defaultValue={state.values.fieldsOfInterest}
      />
      <TextAreaField
        label={questions.whatPrompted}
        error={errors["answers.whatPrompted"]}
        hint="Optional. A sentence or two helps your coach prepare."
        name="whatPrompted"
        rows={4}
        maxLength={1000}
        defaultValue={state.values.whatPrompted}
      />
      <Button type="submit" size="lg" className="w-full sm:w-auto" pending={pending} disabled={!available}>
        {pending ? "Booking…" : "Book session"}
      </Button>
    </form>
  );
}
