import { bookingPathParams } from "~/modules/bookings/schemas";
import { parseManageToken } from "~/modules/bookings/server/manage-link";
import { findManagedBooking } from "~/modules/bookings/server/public-bookings.service";
import { publicBookingView } from "~/modules/bookings/server/public-booking-view";
import { corsPreflight, json, PUBLIC_READ_LIMIT, publicEndpoint } from "~/server/http/public-api";

export const GET = publicEndpoint(
  PUBLIC_READ_LIMIT,
  async (req, { uid }) => {
    const token = parseManageToken(new URL(req.url).searchParams.get("token"));
    const booking = await findManagedBooking(uid, token);
    return json(publicBookingView(booking, booking, { withCoach: true }));
  },
  bookingPathParams,
);

export const OPTIONS = corsPreflight;
