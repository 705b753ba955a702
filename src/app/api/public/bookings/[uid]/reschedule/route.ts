import { bookingPathParams, rescheduleInput } from "~/modules/bookings/schemas";
import { manageTokenFrom } from "~/modules/bookings/server/manage-request";
import { rescheduleByBooker } from "~/modules/bookings/server/public-bookings.service";
import { publicBookingView } from "~/modules/bookings/server/public-booking-view";
import {
  corsPreflight,
  json,
  parseOrThrow,
  PUBLIC_WRITE_LIMIT,
  publicEndpoint,
  readJsonBody,
} from "~/server/http/public-api";

export const POST = publicEndpoint(
  PUBLIC_WRITE_LIMIT,
  async (req, { uid }, now) => {
    const body = await readJsonBody(req);
    const token = manageTokenFrom(req, body);
    const { start } = parseOrThrow(rescheduleInput, { start: body.start });
    const moved = await rescheduleByBooker(uid, token, new Date(start), now);
    return json(publicBookingView(moved.booking, moved));
  },
  bookingPathParams,
);

export const OPTIONS = corsPreflight;
