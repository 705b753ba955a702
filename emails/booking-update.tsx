import {
  EmailLayout,
  InlineLink,
  Muted,
  Paragraph,
  PrimaryButton,
  Title,
  UnsubscribeFooter,
} from "./components/layout";
import type { PracticeLetterhead } from "./components/letterhead";
import { oneLine } from "./components/text";

export type BookingUpdateKind = "confirmed" | "rescheduled" | "cancelled" | "reminder";
type BookingAudience = "booker" | "coach";

export interface BookingUpdateEmailProps extends PracticeLetterhead {
  kind: BookingUpdateKind;
  audience: BookingAudience;
  coachName: string;
  bookerName: string;
  /** The session type's name, e.g. "Free discovery session". */
  sessionName: string;
  /** Already formatted in the recipient's zone, zone included, e.g. "Tue 1 Dec 2026, 10:00 GMT". */
  when: string;
  previousWhen?: string;
  durationMinutes: number;
  /** Where the session happens, worded for the recipient; `href` opens it (a meeting link, a tel: link). */
  place?: { sentence: string; href: string | null } | null;
  /** The booker's change window, e.g. "Changes within 12 hours of the start go through your coach." */
  changePolicy?: string;
  /** The booker's manage link, or the coach's sessions page. */
  actionUrl: string;
  message?: string | null;
  answers?: Array<{ question: string; answer: string }>;
  /** Reminders only: they can be turned off, the other booking emails cannot. */
  unsubscribeUrl?: string;
}

export function bookingUpdateSubject(props: BookingUpdateEmailProps): string {
  const { kind, audience, sessionName, when } = props;
  const verb = {
    confirmed: audience === "booker" ? "Confirmed" : "New booking",
    rescheduled: "Rescheduled",
    cancelled: "Cancelled",
    reminder: "Reminder",
  }[kind];
  return `${verb}: ${oneLine(sessionName)} with ${otherOf(props)}, ${oneLine(when)}`;
}

const otherOf = ({ audience, coachName, bookerName }: BookingUpdateEmailProps) =>
  oneLine(audience === "booker" ? coachName : bookerName);

export default function BookingUpdateEmail(props: BookingUpdateEmailProps) {
  const { kind, audience, practiceName, brandColor, logoUrl, when, previousWhen, durationMinutes, actionUrl, place } =
    props;
  const other = otherOf(props);
  const session = `${oneLine(props.sessionName)}, ${durationMinutes} minutes with ${other}`;
  const headline = {
    confirmed: audience === "booker" ? "Your session is booked" : `${other} booked a session`,
    rescheduled: "Your session has moved",
    cancelled: "Your session is cancelled",
    reminder: `Your session with ${other} is coming up`,
  }[kind];
  const lead = {
    confirmed: `${session}, on ${when}.`,
    rescheduled: `${session}, is now on ${when}${previousWhen ? ` (it was ${previousWhen})` : ""}.`,
    cancelled: `${session}, on ${when} will not take place.`,
    reminder: `A reminder: ${session}, on ${when}.`,
  }[kind];
  const action =
    audience === "coach" ? "Open your sessions" : kind === "cancelled" ? "Book another time" : "Reschedule or cancel";
  return (
    <EmailLayout
      title={bookingUpdateSubject(props)}
      preview={lead}
      practiceName={oneLine(practiceName)}
      brandColor={brandColor}
      logoUrl={logoUrl}
      signedBy={audience === "booker" ? other : null}
      footer={<UnsubscribeFooter url={props.unsubscribeUrl} what="session reminders" />}
    >
      <Title>{headline}</Title>
      <Paragraph>{lead}</Paragraph>
      {place && kind !== "cancelled" ? (
        <Paragraph>
          {`Where: ${place.sentence}`}
          {place.href?.startsWith("https:") ? (
            <>
              {" "}
              <InlineLink href={place.href} color={brandColor}>
                Join the call
              </InlineLink>
            </>
          ) : null}
        </Paragraph>
      ) : null}
      {props.message ? <Paragraph>{`Message: “${props.message}”`}</Paragraph> : null}
      {(props.answers ?? [])
        .filter((item) => item.answer)
        .map((item) => (
          <Paragraph key={item.question}>{`${item.question} ${item.answer}`}</Paragraph>
        ))}
      <PrimaryButton href={actionUrl} color={brandColor}>
        {action}
      </PrimaryButton>
      {props.changePolicy && audience === "booker" && kind !== "cancelled" ? (
        <Muted>{`${props.changePolicy} Reply to this email to reach ${oneLine(props.coachName)}.`}</Muted>
      ) : null}
      {(kind === "confirmed" || kind === "rescheduled") && <Muted>A calendar invitation is attached.</Muted>}
    </EmailLayout>
  );
}

BookingUpdateEmail.PreviewProps = {
  kind: "confirmed",
  audience: "booker",
  practiceName: "Northstar Career Studio",
  coachName: "Maya Chen",
  bookerName: "Jamie Doe",
  sessionName: "Free discovery session",
  when: "Tue 1 Dec 2026, 10:00 GMT",
  durationMinutes: 20,
  place: { sentence: "Video call: https://whereby.com/fieldnotes-maya", href: "https://whereby.com/fieldnotes-maya" },
  changePolicy: "Changes within 12 hours of the start go through your coach.",
  actionUrl: "http://localhost:3000/bookings/preview?token=preview",
  answers: [{ question: "Which fields are you curious about?", answer: "UX research, product management" }],
} satisfies BookingUpdateEmailProps;
