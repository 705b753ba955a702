"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createBookingInput, manageTokenSchema, rescheduleInput } from "~/modules/bookings/schemas";
import { bookDiscoverySession, rescheduleByBooker } from "~/modules/bookings/server/public-bookings.service";
import { SLOT_TAKEN, type IntakeFormState, type SimpleFormState } from "~/modules/bookings/ui/form-state";
import { systemClock } from "~/server/clock";
import { AppError, zodFieldErrors } from "~/server/errors";
import { clientAddress, consumeRateLimit } from "~/server/http/rate-limit";

// The booking page's two forms. Both answer with messages and the typed values rather
// than throwing, so a refused request never loses what the visitor wrote.

const BOOKING_FORM_LIMIT = { name: "booking-form", limit: 10, windowSeconds: 60 };
const FIELDS_ON_FORM = new Set(["start", "name", "email", "answers.fieldsOfInterest", "answers.whatPrompted"]);

async function tooManyRequests(): Promise<string | undefined> {
  const verdict = await consumeRateLimit(BOOKING_FORM_LIMIT, clientAddress(await headers()), systemClock.now());
  return verdict.allowed
    ? undefined
    : `Too many attempts from your network. Please try again in ${verdict.retryAfterSeconds} seconds.`;
}

const text = (form: FormData, key: string, max = 2000) => String(form.get(key) ?? "").slice(0, max);

function splitErrors(fields: Record<string, string>): Pick<IntakeFormState, "error" | "fieldErrors"> {
  const stray = Object.entries(fields).find(([key]) => !FIELDS_ON_FORM.has(key));
  return { fieldErrors: fields, error: stray ? stray[1] : undefined };
}

export async function bookSessionAction(_previous: IntakeFormState, form: FormData): Promise<IntakeFormState> {
  const values = {
    name: text(form, "name", 200),
    email: text(form, "email", 400),
    fieldsOfInterest: text(form, "fieldsOfInterest", 1000),
    whatPrompted: text(form, "whatPrompted", 2000),
    start: text(form, "start", 64),
  };
  const parsed = createBookingInput.safeParse({
    practiceSlug: text(form, "practiceSlug", 100),
    coachSlug: text(form, "coachSlug", 100),
    timeZone: text(form, "timeZone", 100),
    start: values.start,
    name: values.name,
    email: values.email,
    answers: { fieldsOfInterest: values.fieldsOfInterest, whatPrompted: values.whatPrompted },
  });
  if (!parsed.success) return { values, ...splitErrors(zodFieldErrors(parsed.error)) };
  const limited = await tooManyRequests();
  if (limited) return { values, error: limited };

  let manageUrl: string;
  try {
    ({ manageUrl } = await bookDiscoverySession(parsed.data, { now: systemClock.now() }));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    // A slot refusal names the slot; a session this address already has does not (its sentence shows as is).
    if (error.code === "CONFLICT" && error.fields?.start) {
      refresh(); // the page re-renders with the slot gone; the form keeps its values
      return { values, fieldErrors: { start: SLOT_TAKEN } };
    }
    return { values, ...(error.fields ? splitErrors(error.fields) : { error: error.message }) };
  }
  // The manage URL is absolute (it is the one in the email); stay on this origin.
  const target = new URL(manageUrl);
  target.searchParams.set("booked", "1");
  redirect(`${target.pathname}${target.search}`);
}

export async function rescheduleAction(_previous: SimpleFormState, form: FormData): Promise<SimpleFormState> {
  const uid = text(form, "uid", 100);
  const token = manageTokenSchema.safeParse(text(form, "token", 200));
  const start = rescheduleInput.safeParse({ start: text(form, "start", 64) });
  if (!token.success || !uid) return { error: "That booking was not found. Check the link in your email." };
  if (!start.success) return { error: "Pick one of the listed times.", start: text(form, "start", 64) };
  const limited = await tooManyRequests();
  if (limited) return { error: limited, start: start.data.start };

  try {
    await rescheduleByBooker(uid, token.data, new Date(start.data.start), systemClock.now());
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const taken = error.code === "CONFLICT" && error.fields?.start;
    if (taken) refresh();
    return { error: taken ? "That time was just taken. Pick another time." : error.message, start: start.data.start };
  }
  redirect(`/bookings/${encodeURIComponent(uid)}?token=${encodeURIComponent(token.data)}&rescheduled=1`);
}
