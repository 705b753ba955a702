import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { bodyWithin } from "~/server/http/request-body";
import { isSameOriginRequest } from "~/server/http/same-origin";

// The largest legitimate mutation is a reflection: seven answers of up to 10,000 characters, at
// most 3 bytes each in UTF-8, about 210 KB. A megabyte leaves room for a batch of several and
// still bounds what one request can make the server hold.
const MAX_BODY_BYTES = 1024 * 1024;

function handler(req: Request) {
  if (req.method !== "GET" && !isSameOriginRequest(req.headers)) {
    return Response.json(
      { error: { code: "FORBIDDEN", message: "Cross-site requests are not allowed." } },
      { status: 403 },
    );
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req: req.method === "GET" ? req : withCappedBody(req),
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
    // Queries are GETs and must not change state; tRPC refuses mutations over GET by itself.
    onError({ path, error }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC failed on ${path ?? "<no-path>"}:`, error);
    },
  });
}

/** tRPC reads the body itself; failing that read with its own error makes it answer a tRPC-shaped 413. */
function withCappedBody(req: Request): Request {
  const tooLarge = () =>
    new TRPCError({ code: "PAYLOAD_TOO_LARGE", message: `Requests are limited to ${MAX_BODY_BYTES / 1024} KB.` });
  return new Request(req.url, {
    method: req.method,
    headers: req.headers,
    signal: req.signal,
    body: bodyWithin(req, MAX_BODY_BYTES, tooLarge),
    // Node's fetch needs this to accept a stream as a request body.
    duplex: "half",
  } as RequestInit);
}

export { handler as GET, handler as POST };
