"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { Field, Input } from "~/components/ui/field";
import { Alert } from "~/components/ui/surface";
import { cn } from "~/lib/cn";
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
        <Field label="Your name" error={errors.name}>
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              name="name"
              autoComplete="name"
              required
              maxLength={100}
              defaultValue={state.values.name}
              aria-describedby={describedBy}
              invalid={invalid}
            />
          )}
        </Field>
        <Field
          label="Email address"
          error={errors.email}
          hint="Your confirmation and a link to change the booking go here."
        >
          {({ id, describedBy, invalid }) => (
            <Input
              id={id}
              name="email"
              type="email"
              inputMode="email"
              autoComplete="email"
              required
              maxLength={320}
              defaultValue={state.values.email}
              aria-describedby={describedBy}
              invalid={invalid}
            />
          )}
        </Field>
      </div>
      <Field
        label={questions.fieldsOfInterest}
        error={errors["answers.fieldsOfInterest"]}
        hint="Optional. For example: UX research, product management."
      >
        {({ id, describedBy, invalid }) => (
          <Input
            id={id}
            name="fieldsOfInterest"
            maxLength={500}
            defaultValue={state.values.fieldsOfInterest}
            aria-describedby={describedBy}
            invalid={invalid}
          />
        )}
      </Field>
      <Field
        label={questions.whatPrompted}
        error={errors["answers.whatPrompted"]}
        hint="Optional. A sentence or two helps your coach prepare."
      >
        {({ id, describedBy, invalid }) => (
          <textarea
            id={id}
            name="whatPrompted"
            rows={4}
            maxLength={1000}
            defaultValue={state.values.whatPrompted}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={cn(
              "text-ink focus:border-brand-600 focus:ring-brand-600/20 block w-full rounded-lg border bg-white px-3 py-2 text-sm shadow-sm placeholder:text-slate-400 focus:ring-2 focus:outline-none",
              invalid ? "border-red-500" : "border-line",
            )}
          />
        )}
      </Field>
      <Button type="submit" size="lg" className="w-full sm:w-auto" pending={pending} disabled={!available}>
        {pending ? "Booking…" : "Book session"}
      </Button>
    </form>
  );
}
