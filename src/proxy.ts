import { NextResponse, type NextRequest } from "next/server";
import { REQUEST_PATH_HEADER } from "~/server/http/request-path";

// Practice pages are deep-linked from emails (a project, a reflection to review). A layout
// cannot see the URL it renders, so the path is handed to it here, and a signed-out visitor is
// sent to sign in and brought back to that exact page, not to the practice's overview. Whatever
// a client sent under the same header name is overwritten.
export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_PATH_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = { matcher: ["/p/:path*"] };
