"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { createBookingInput, rescheduleInput } from "~/modules/bookings/schemas";
import { parseManageLink } from "~/modules/bookings/server/manage-link";
import { bookDiscoverySession, rescheduleByBooker } from "~/modules/bookings/server/public-bookings.service";
import {
  SLOT_TAKEN,
  type IntakeFormState,
  type IntakeValues,
  type SimpleFormState,
} from "~/modules/bookings/ui/form-state";
import { AppError } from "~/server/errors";
import { parseOrThrow, PUBLIC_WRITE_LIMIT, publicAction } from "~/server/http/public-api";

// The booking page's two forms. Both answer with messages and the typed values rather
// than throwing, so a refused request never loses what the visitor wrote.

const FIELDS_ON_FORM = new Set(["start", "name", "email", "answers.fieldsOfInterest", "answers.whatPrompted"]);

const text = (form: FormData, key: string, max = 2000) => String(form.get(key) ?? "").slice(0, max);

const intakeValues = (form: FormData): IntakeValues => ({
  name: text(form, "name", 200),
  email: text(form, "email", 400),
  fieldsOfInterest: text(form, "fieldsOfInterest", 1000),
  whatPrompted: text(form, "whatPrompted", 2000),
  start: text(form, "start", 64),
});

function splitErrors(fields: Record<string, string>): Pick<IntakeFormState, "error" | "fieldErrors"> {
  const stray = Object.entries(fields).find(([key]) => !FIELDS_ON_FORM.has(key));
  return { fieldErrors: fields, error: stray ? stray[1] : undefined };
}

/** A refusal that names the start means someone else just took the slot: the page re-renders without it. */
function slotWasTaken(error: AppError) {
  const taken = error.code === "CONFLICT" && Boolean(error.fields?.start);
  if (taken) refresh();
  return taken;
}

export const bookSessionAction = publicAction<IntakeFormState>(
  PUBLIC_WRITE_LIMIT,
  async (form, now) => {
    const values = intakeValues(form);
    const input = parseOrThrow(createBookingInput, {
      practiceSlug: text(form, "practiceSlug", 100),
      coachSlug: text(form, "coachSlug", 100),
      timeZone: text(form, "timeZone", 100),
      start: values.start,
      name: values.name,
      email: values.email,
      answers: { fieldsOfInterest: values.fieldsOfInterest, whatPrompted: values.whatPrompted },
    });
    const { manageUrl } = await bookDiscoverySession(input, { now });
    // The manage URL is absolute (it is the one in the email); stay on this origin.
    const target = new URL(manageUrl);
    target.searchParams.set("booked", "1");
    redirect(`${target.pathname}${target.search}`);
  },
  // A session this address already has names no field, so its sentence shows as is.
  (error, form) => {
    const values = intakeValues(form);
    if (slotWasTaken(error)) return { values, fieldErrors: { start: SLOT_TAKEN } };
    return { values, ...(error.fields ? splitErrors(error.fields) : { error: error.message }) };
  },
);

export const rescheduleAction = publicAction<SimpleFormState>(
  PUBLIC_WRITE_LIMIT,
  async (form, now) => {
    const { uid, token } = parseManageLink(form.get("uid"), form.get("token"));
    const start = rescheduleInput.safeParse({ start: text(form, "start", 64) });
    if (!start.success) throw new AppError("BAD_REQUEST", "Pick one of the listed times.");
    await rescheduleByBooker(uid, token, new Date(start.data.start), now);
    redirect(`/bookings/${encodeURIComponent(uid)}?token=${encodeURIComponent(token)}&rescheduled=1`);
  },
  (error, form) => ({
    error: slotWasTaken(error) ? "That time was just taken. Pick another time." : error.message,
    start: text(form, "start", 64),
  }),
);
