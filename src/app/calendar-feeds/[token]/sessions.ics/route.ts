import { z } from "zod";
import { sessionFeedFile } from "~/modules/calendars/server/session-feed-file";
import { PUBLIC_READ_LIMIT, publicEndpoint } from "~/server/http/public-api";

// A coach's private subscription feed of their sessions, polled by calendar apps; the secret in the path is its
// only credential.
export const GET = publicEndpoint(
  PUBLIC_READ_LIMIT,
  async (_req, { token }, now) =>
    new Response(await sessionFeedFile(token, now), {
      headers: {
        "Content-Type": "text/calendar; charset=utf-8",
        "Cache-Control": "private, no-store",
        "X-Robots-Tag": "noindex",
      },
    }),
  z.object({ token: z.string().regex(/^[\w-]{20,100}$/) }),
);
