import type { NextRequest } from "next/server";
import { handlers } from "~/server/auth/config";
import { withSignInCallbackPath } from "~/server/auth/sign-in-callback-path";
import { isSameOriginRequest } from "~/server/http/same-origin";

// A GET of the emailed callback (a mail scanner, a link preview) must not use up the
// token: it is sent to the confirmation page, whose button POSTs here.
export function GET(req: NextRequest) {
  if (req.nextUrl.pathname.endsWith("/callback/nodemailer")) {
    return Response.redirect(new URL(`/signin/confirm${req.nextUrl.search}`, req.nextUrl.origin), 303);
  }
  return handlers.GET(req);
}

export function POST(req: NextRequest) {
  if (!isSameOriginRequest(req.headers)) {
    return Response.json(
      { error: { code: "FORBIDDEN", message: "Cross-site requests are not allowed." } },
      { status: 403 },
    );
  }
  return withSignInCallbackPath(req.nextUrl.searchParams.get("callbackUrl"), () => handlers.POST(req));
}
