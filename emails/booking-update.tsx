import { EmailLayout, Muted, Paragraph, PrimaryButton, Title, UnsubscribeFooter } from "./components/layout";
import { oneLine } from "./components/text";

export type BookingUpdateKind = "confirmed" | "rescheduled" | "cancelled" | "reminder";
type BookingAudience = "booker" | "coach";

export interface BookingUpdateEmailProps {
  kind: BookingUpdateKind;
  audience: BookingAudience;
  practiceName: string;
  brandColor?: string | null;
  coachName: string;
  bookerName: string;
  /** Already formatted in the recipient's zone, zone included, e.g. "Tue 1 Dec 2026, 10:00 GMT". */
  when: string;
  previousWhen?: string;
  durationMinutes: number;
  /** The booker's manage link, or the coach's sessions page. */
  actionUrl: string;
  message?: string | null;
  answers?: Array<{ question: string; answer: string }>;
  /** Reminders only: they can be turned off, the other booking emails cannot. */
  unsubscribeUrl?: string;
}

export function bookingUpdateSubject({ kind, audience, coachName, bookerName, when }: BookingUpdateEmailProps): string {
  const other = oneLine(audience === "booker" ? coachName : bookerName);
  const verb = {
    confirmed: audience === "booker" ? "Confirmed" : "New booking",
    rescheduled: "Rescheduled",
    cancelled: "Cancelled",
    reminder: "Reminder",
  }[kind];
  return `${verb}: discovery session with ${other}, ${oneLine(when)}`;
}

export default function BookingUpdateEmail(props: BookingUpdateEmailProps) {
  const {
    kind,
    audience,
    practiceName,
    brandColor,
    coachName,
    bookerName,
    when,
    previousWhen,
    durationMinutes,
    actionUrl,
  } = props;
  const other = oneLine(audience === "booker" ? coachName : bookerName);
  const headline = {
    confirmed: audience === "booker" ? "Your discovery session is booked" : `${other} booked a discovery session`,
    rescheduled: "Your discovery session has moved",
    cancelled: "Your discovery session is cancelled",
    reminder: `Your discovery session with ${other} is coming up`,
  }[kind];
  const lead = {
    confirmed: `A free ${durationMinutes}-minute discovery session with ${other} on ${when}.`,
    rescheduled: `The session with ${other} is now on ${when}${previousWhen ? ` (it was ${previousWhen})` : ""}.`,
    cancelled: `The session with ${other} on ${when} will not take place.`,
    reminder: `A reminder: your free ${durationMinutes}-minute discovery session with ${other} is on ${when}.`,
  }[kind];
  const action =
    audience === "coach" ? "Open your sessions" : kind === "cancelled" ? "Book another time" : "Reschedule or cancel";
  return (
    <EmailLayout
      preview={lead}
      practiceName={oneLine(practiceName)}
      brandColor={brandColor}
      footer={<UnsubscribeFooter url={props.unsubscribeUrl} what="session reminders" />}
    >
      <Title>{headline}</Title>
      <Paragraph>{lead}</Paragraph>
      {props.message ? <Paragraph>{`Message: “${props.message}”`}</Paragraph> : null}
      {(props.answers ?? [])
        .filter((item) => item.answer)
        .map((item) => (
          <Paragraph key={item.question}>{`${item.question} ${item.answer}`}</Paragraph>
        ))}
      <PrimaryButton href={actionUrl} color={brandColor}>
        {action}
      </PrimaryButton>
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
  when: "Tue 1 Dec 2026, 10:00 GMT",
  durationMinutes: 20,
  actionUrl: "http://localhost:3000/bookings/preview?token=preview",
  answers: [{ question: "Which fields are you curious about?", answer: "UX research, product management" }],
} satisfies BookingUpdateEmailProps;
