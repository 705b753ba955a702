"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { createBookingInput, rescheduleInput } from "~/modules/bookings/schemas";
import { parseManageLink } from "~/modules/bookings/server/manage-link";
import { bookPublicSession, rescheduleByBooker } from "~/modules/bookings/server/public-bookings.service";
import {
  answerField,
  SLOT_TAKEN,
  type IntakeFormState,
  type IntakeValues,
  type SimpleFormState,
} from "~/modules/bookings/ui/form-state";
import { AppError } from "~/server/errors";
import { parseOrThrow, PUBLIC_WRITE_LIMIT, publicAction } from "~/server/http/public-api";

// The booking page's two forms. Both answer with messages and the typed values rather
// than throwing, so a refused request never loses what the visitor wrote.

const FIELDS_ON_FORM = new Set(["start", "name", "email", "phone"]);
const ANSWER_PREFIX = answerField("");
// A type asks at most ten questions; a form posting more fields than that is not this page's.
const MAX_ANSWER_FIELDS = 20;

const text = (form: FormData, key: string, max = 2000) => String(form.get(key) ?? "").slice(0, max);

/** The answers as the form names them (`answers.<id>`), by question id. */
function answersOf(form: FormData): Record<string, string> {
  const answers: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (!key.startsWith(ANSWER_PREFIX) || typeof value !== "string") continue;
    if (Object.keys(answers).length >= MAX_ANSWER_FIELDS) break;
    answers[key.slice(ANSWER_PREFIX.length, ANSWER_PREFIX.length + 100)] = value.slice(0, 4000);
  }
  return answers;
}

const intakeValues = (form: FormData): IntakeValues => ({
  name: text(form, "name", 200),
  email: text(form, "email", 400),
  phone: text(form, "phone", 100),
  answers: answersOf(form),
  start: text(form, "start", 64),
});

/** Messages the form can show beside a field go there; any other one heads the form. */
function splitErrors(
  fields: Record<string, string>,
  values: IntakeValues,
): Pick<IntakeFormState, "error" | "fieldErrors"> {
  const onForm = (key: string) =>
    FIELDS_ON_FORM.has(key) || (key.startsWith(ANSWER_PREFIX) && key.slice(ANSWER_PREFIX.length) in values.answers);
  const stray = Object.entries(fields).find(([key]) => !onForm(key));
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
      sessionType: text(form, "sessionType", 100),
      sessionTypeToken: text(form, "sessionTypeToken", 200) || undefined,
      timeZone: text(form, "timeZone", 100),
      start: values.start,
      name: values.name,
      email: values.email,
      phone: values.phone,
      answers: values.answers,
    });
    const acceptLanguage = (await headers()).get("accept-language");
    const { manageUrl } = await bookPublicSession(input, { acceptLanguage, now });
    // The manage URL is absolute (it is the one in the email); stay on this origin.
    const target = new URL(manageUrl);
    target.searchParams.set("booked", "1");
    redirect(`${target.pathname}${target.search}`);
  },
  // A session this address already has names no field, so its sentence shows as is.
  (error, form) => {
    const values = intakeValues(form);
    if (slotWasTaken(error)) return { values, fieldErrors: { start: SLOT_TAKEN } };
    return { values, ...(error.fields ? splitErrors(error.fields, values) : { error: error.message }) };
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
