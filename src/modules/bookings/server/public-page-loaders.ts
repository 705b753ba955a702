import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import { AppError } from "~/server/errors";
import { bookingUidParam, manageTokenSchema, slugParam } from "../schemas";
import {
  chosenSessionType,
  findManagedBooking,
  getPublicCoach,
  getPublicPractice,
  type PublicCoach,
} from "./public-bookings.service";

// The public pages' reads, once per request (metadata and page share them). Anything the
// service cannot find is a 404; a manage link with a wrong token looks exactly like one
// for a booking that does not exist.

async function orNotFound<T>(load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** A slug or uid from the URL that could never name anything (a NUL byte, 5 KB) is a 404 too. */
function paramOrNotFound(schema: typeof slugParam | typeof bookingUidParam, value: string): string {
  const parsed = schema.safeParse(value);
  if (!parsed.success) notFound();
  return parsed.data;
}

export const loadPublicPractice = cache((practiceSlug: string) =>
  orNotFound(() => getPublicPractice(paramOrNotFound(slugParam, practiceSlug))),
);

export const loadPublicCoach = cache((practiceSlug: string, coachSlug: string) =>
  orNotFound(() => getPublicCoach(paramOrNotFound(slugParam, practiceSlug), paramOrNotFound(slugParam, coachSlug))),
);

/** A type by its slug on its own page; a clients-only type, or a secret link's wrong or missing token, is a 404. */
export const loadOfferedType = (coach: PublicCoach, typeSlug: string, linkToken: string | undefined) =>
  orNotFound(async () =>
    chosenSessionType(coach, { sessionType: paramOrNotFound(slugParam, typeSlug), sessionTypeToken: linkToken }),
  );

export const loadManagedBooking = cache((uid: string, token: string | undefined) => {
  const parsed = manageTokenSchema.safeParse(token);
  if (!parsed.success) notFound();
  return orNotFound(() => findManagedBooking(paramOrNotFound(bookingUidParam, uid), parsed.data));
});
