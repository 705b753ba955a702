import { listPublicSlots } from "~/modules/bookings/server/public-bookings.service";
import { coachPathParams, slotsQuery } from "~/modules/bookings/schemas";
import { corsPreflight, json, parseOrThrow, PUBLIC_READ_LIMIT, publicEndpoint } from "~/server/http/public-api";

export const GET = publicEndpoint(
  PUBLIC_READ_LIMIT,
  async (req, params, now) => {
    const search = new URL(req.url).searchParams;
    const query = parseOrThrow(slotsQuery, {
      from: search.get("from"),
      to: search.get("to"),
      timeZone: search.get("timeZone"),
      sessionType: search.get("sessionType") ?? undefined,
      sessionTypeToken: search.get("sessionTypeToken") ?? undefined,
    });
    const result = await listPublicSlots(params.practiceSlug, params.coachSlug, query, now);
    return json({
      timeZone: result.timeZone,
      sessionType: { slug: result.sessionType.slug, name: result.sessionType.name },
      durationMinutes: result.durationMinutes,
      slots: result.slots.map((slot) => ({ start: slot.start.toISOString(), end: slot.end.toISOString() })),
    });
  },
  coachPathParams,
);

export const OPTIONS = corsPreflight;
