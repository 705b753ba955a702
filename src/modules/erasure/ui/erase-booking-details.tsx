"use client";

import { startTransition, useActionState } from "react";
import type { SimpleFormState } from "~/modules/bookings/ui/form-state";
import { TypedConfirmationForm } from "./typed-confirmation-form";

/** On a booking's manage page: the visitor erases their name, address and answers from the booking. */
export function EraseBookingDetails({
  action,
  uid,
  token,
  upcoming,
  coachName,
}: {
  action: (previous: SimpleFormState, form: FormData) => Promise<SimpleFormState>;
  uid: string;
  token: string;
  upcoming: boolean;
  coachName: string;
}) {
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <TypedConfirmationForm
      opener="Erase my details"
      label="Type the email address you booked with to confirm"
      hint={
        upcoming
          ? `The session is cancelled first and ${coachName} is told. Your name, address and answers are then erased.`
          : "Your name, address and answers are erased from this booking. This cannot be undone."
      }
      expected="you@example.com"
      submitLabel={upcoming ? "Cancel and erase my details" : "Erase my details"}
      pending={pending}
      error={state.error}
      onConfirm={(confirmation) => {
        const form = new FormData();
        form.set("uid", uid);
        form.set("token", token);
        form.set("confirmation", confirmation);
        startTransition(() => formAction(form));
      }}
    />
  );
}
