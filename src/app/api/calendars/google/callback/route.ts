import { TRPCError } from "@trpc/server";
import { NextResponse } from "next/server";
import { env } from "~/env";
import { readGoogleState } from "~/modules/calendars/server/google-connect";
import { api } from "~/trpc/server";

// Where Google's consent page sends the coach back. The state names the practice; the procedure checks that it
// was signed here, for this signed-in person, and not long ago. The coach lands on their Calendars page, which says
// how it went.

type Outcome = "connected" | "denied" | "expired" | "failed" | "signin";

export async function GET(req: Request) {
  const params = new URL(req.url).searchParams;
  const state = params.get("state") ?? "";
  const code = params.get("code");
  const target = readGoogleState(state, new Date());
  const back = (outcome: Outcome) =>
    NextResponse.redirect(
      new URL(target ? `/p/${target.practiceSlug}/calendars?google=${outcome}` : "/app", env.APP_URL),
      303,
    );
  if (!target) return back("expired");
  if (!code) return back("denied");
  try {
    await api.calendars.completeGoogle({ practiceSlug: target.practiceSlug, code, state });
    return back("connected");
  } catch (error) {
    if (error instanceof TRPCError && error.code === "UNAUTHORIZED") return back("signin");
    if (error instanceof TRPCError) return back("failed");
    throw error;
  }
}
