import { bookingPathParams, manageTokenSchema } from "~/modules/bookings/schemas";
import { findManagedBooking } from "~/modules/bookings/server/public-bookings.service";
import { publicBookingView } from "~/modules/bookings/server/public-booking-view";
import { AppError } from "~/server/errors";
import { corsPreflight, json, PUBLIC_READ_LIMIT, publicEndpoint } from "~/server/http/public-api";

export const GET = publicEndpoint(
  PUBLIC_READ_LIMIT,
  async (req, { uid }) => {
    const token = manageTokenSchema.safeParse(new URL(req.url).searchParams.get("token"));
    if (!token.success) throw new AppError("NOT_FOUND", "That booking was not found. Check the link in your email.");
    const booking = await findManagedBooking(uid, token.data);
    return json(
      publicBookingView(booking, {
        coach: { slug: booking.coach.slug, displayName: booking.coach.displayName },
        practice: { slug: booking.coach.practice.slug, name: booking.coach.practice.name },
      }),
    );
  },
  bookingPathParams,
);

export const OPTIONS = corsPreflight;
