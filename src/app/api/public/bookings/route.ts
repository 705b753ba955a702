import { createBookingInput, idempotencyKeySchema } from "~/modules/bookings/schemas";
import { bookPublicSession } from "~/modules/bookings/server/public-bookings.service";
import { publicBookingView } from "~/modules/bookings/server/public-booking-view";
import {
  corsPreflight,
  json,
  parseOrThrow,
  PUBLIC_WRITE_LIMIT,
  publicEndpoint,
  readJsonBody,
} from "~/server/http/public-api";

export const POST = publicEndpoint<Record<string, never>>(PUBLIC_WRITE_LIMIT, async (req, _params, now) => {
  const input = parseOrThrow(createBookingInput, await readJsonBody(req));
  const key = req.headers.get("idempotency-key");
  const idempotencyKey = key === null ? undefined : parseOrThrow(idempotencyKeySchema, key);
  const acceptLanguage = req.headers.get("accept-language");
  const result = await bookPublicSession(input, { idempotencyKey, acceptLanguage, now });
  return json(publicBookingView(result.booking, result, { manageUrl: result.manageUrl }), result.created ? 201 : 200);
});

export const OPTIONS = corsPreflight;
