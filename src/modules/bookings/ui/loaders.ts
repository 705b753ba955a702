import "server-only";
import { notFound } from "next/navigation";
import { cache } from "react";
import {
  findManagedBooking,
  getPublicCoach,
  getPublicPractice,
} from "~/modules/bookings/server/public-bookings.service";
import { AppError } from "~/server/errors";
import { manageTokenSchema } from "../schemas";

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

export const loadPublicPractice = cache((practiceSlug: string) => orNotFound(() => getPublicPractice(practiceSlug)));

export const loadPublicCoach = cache((practiceSlug: string, coachSlug: string) =>
  orNotFound(() => getPublicCoach(practiceSlug, coachSlug)),
);

export const loadManagedBooking = cache((uid: string, token: string | undefined) => {
  const parsed = manageTokenSchema.safeParse(token);
  if (!parsed.success || uid.length > 64) notFound();
  return orNotFound(() => findManagedBooking(uid, parsed.data));
});
