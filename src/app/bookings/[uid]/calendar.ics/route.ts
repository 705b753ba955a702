import { bookingPathParams } from "~/modules/bookings/schemas";
import { bookingCalendarFile } from "~/modules/bookings/server/calendar-files";
import { parseManageToken } from "~/modules/bookings/server/manage-link";
import { PUBLIC_READ_LIMIT, publicEndpoint } from "~/server/http/public-api";

// The .ics download beside "Add to Google Calendar" on the manage page; the manage token is its only credential.
export const GET = publicEndpoint(
  PUBLIC_READ_LIMIT,
  async (req, { uid }) => {
    const token = parseManageToken(new URL(req.url).searchParams.get("token"));
    return new Response(await bookingCalendarFile(uid, token), {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Content-Disposition": 'attachment; filename="session.ics"',
        "Cache-Control": "no-store",
        "X-Robots-Tag": "noindex",
      },
    });
  },
  bookingPathParams,
);
