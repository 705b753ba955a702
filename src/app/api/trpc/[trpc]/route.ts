import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { appRouter } from "~/server/api/root";
import { createTRPCContext } from "~/server/api/trpc";
import { isSameOriginRequest } from "~/server/http/same-origin";

function handler(req: Request) {
  if (req.method !== "GET" && !isSameOriginRequest(req.headers)) {
    return Response.json(
      { error: { code: "FORBIDDEN", message: "Cross-site requests are not allowed." } },
      { status: 403 },
    );
  }
  return fetchRequestHandler({
    endpoint: "/api/trpc",
    req,
    router: appRouter,
    createContext: () => createTRPCContext({ headers: req.headers }),
    // Queries are GETs and must not change state; tRPC refuses mutations over GET by itself.
    onError({ path, error }) {
      if (error.code === "INTERNAL_SERVER_ERROR") console.error(`tRPC failed on ${path ?? "<no-path>"}:`, error);
    },
  });
}

export { handler as GET, handler as POST };
