import { bookingPathParams, cancelInput } from "~/modules/bookings/schemas";
import { manageTokenFrom } from "~/modules/bookings/server/manage-request";
import { cancelByBooker } from "~/modules/bookings/server/public-bookings.service";
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
    const { reason } = parseOrThrow(cancelInput, { reason: body.reason });
    const cancelled = await cancelByBooker(uid, token, reason ?? null, now);
    return json(publicBookingView(cancelled.booking, cancelled));
  },
  bookingPathParams,
);

export const OPTIONS = corsPreflight;
