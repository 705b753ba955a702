import { Alert } from "~/components/ui/surface";

// What the Calendars page says when Google's consent page has sent the coach back
// (`?google=…`, set by /api/calendars/google/callback).

const NOTICES = {
  connected: { tone: "success", text: "Google Calendar is connected. Its busy times now leave your booking page." },
  denied: { tone: "warning", text: "Google Calendar was not connected: access was not granted on Google's page." },
  expired: {
    tone: "warning",
    text: "That Google sign-in took too long or was started elsewhere. Connect Google Calendar again.",
  },
  failed: { tone: "danger", text: "Google Calendar could not be connected. Try again in a moment." },
  signin: { tone: "warning", text: "Sign in again, then connect Google Calendar." },
} as const;

export function GoogleReturnNotice({ outcome }: { outcome: string | undefined }) {
  const notice = outcome && Object.hasOwn(NOTICES, outcome) ? NOTICES[outcome as keyof typeof NOTICES] : null;
  return notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null;
}
