import { NextResponse, type NextRequest } from "next/server";
import { env } from "~/env";
import { REQUEST_PATH_HEADER } from "~/server/http/request-path";
import { newNonce, pageSecurityHeaders } from "~/server/http/security-headers";

// Runs before every page (not the JSON API or static files), for two things a page cannot do
// itself:
//  - A Content-Security-Policy with a fresh nonce. Next.js reads the nonce from the request's
//    CSP header while rendering and puts it on its own scripts, so the policy goes on the
//    request as well as the response (and every page renders per request: src/app/layout.tsx).
//  - Practice pages are deep-linked from emails (a project, a reflection to review). A layout
//    cannot see the URL it renders, so the path is handed to it here, and a signed-out visitor
//    is sent to sign in and brought back to that exact page, not to the practice's overview.
// Whatever a client sent under these header names is overwritten.
export function proxy(request: NextRequest) {
  const security = pageSecurityHeaders({
    nonce: newNonce(),
    appUrl: env.APP_URL,
    development: env.NODE_ENV === "development",
  });
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  headers.set("Content-Security-Policy", security["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers } });
  for (const [name, value] of Object.entries(security)) response.headers.set(name, value);
  return response;
}

export const config = { matcher: ["/((?!api/|_next/static/|_next/image/|favicon.ico|icon.svg).*)"] };
