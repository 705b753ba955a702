import { formatDayAndClockTime, formatLocalDate } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import type { NextStep } from "../../domain/next-step";

/** The line under a person's name on the board; `urgent` when it is theirs to do now. */
export function nextStepText(
  step: NextStep,
  timeZone: string,
  reader: ViewerLocale,
): { text: string; urgent: boolean } {
  switch (step.kind) {
    case "FIRST_MESSAGE":
      return { text: "Send a first message", urgent: false };
    case "AWAIT_REPLY":
      return {
        text: step.followUpOn
          ? `Follow up ${formatLocalDate(step.followUpOn, reader, { short: true })} if no reply`
          : "Wait for a reply",
        urgent: false,
      };
    case "FOLLOW_UP":
      return { text: "Send a follow-up", urgent: true };
    case "MARK_NO_REPLY":
      return { text: "Follow-ups used up: mark “no reply”", urgent: true };
    case "AGREE_TIME":
      return { text: "Agree a time to talk", urgent: false };
    case "HOLD_INTERVIEW":
      return { text: `Interview ${formatDayAndClockTime(step.at, timeZone, reader)}`, urgent: false };
    case "RECORD_INTERVIEW":
      return { text: "Record the interview", urgent: true };
    case "THANK":
      return { text: "Send a thank-you note", urgent: true };
    case "TELL_REFERRER":
      return { text: `Tell ${step.referrerName} how it went`, urgent: false };
    case "DONE":
      return { text: "All done", urgent: false };
    case "ENDED":
      return { text: "Nothing more to do", urgent: false };
  }
}
