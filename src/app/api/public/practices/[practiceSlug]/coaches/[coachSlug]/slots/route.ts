import { listPublicSlots } from "~/modules/bookings/server/public-bookings.service";
import { coachPathParams, slotsQuery } from "~/modules/bookings/schemas";
import { slotsJson } from "~/modules/bookings/server/slots-json";
import { corsPreflight, jsonText, parseOrThrow, PUBLIC_READ_LIMIT, publicEndpoint } from "~/server/http/public-api";

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
    const head = JSON.stringify({
      timeZone: result.timeZone,
      sessionType: { slug: result.sessionType.slug, name: result.sessionType.name },
      durationMinutes: result.durationMinutes,
    });
    // The slots' JSON is kept with the cached list they came from; the rest is small and said per request.
    return jsonText(`${head.slice(0, -1)},"slots":${slotsJson(result.slots)}}`);
  },
  coachPathParams,
);

export const OPTIONS = corsPreflight;
