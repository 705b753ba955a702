import { EmailLayout, Muted, Paragraph, PrimaryButton, Title } from "./components/layout";
import type { PracticeLetterhead } from "./components/letterhead";
import { oneLine } from "./components/text";

// To a coach, once, when one of their connected calendars has failed to refresh for an hour: their booking page
// keeps the busy times last read, which go stale while the calendar cannot be read.

export function calendarFailingSubject({ connectionLabel }: { connectionLabel: string }) {
  return `Fieldnotes can't read your calendar ${oneLine(connectionLabel)}`;
}

export interface CalendarFailingEmailProps extends PracticeLetterhead {
  recipientName?: string | null;
  connectionLabel: string;
  /** The failure in the Calendars page's words. */
  problem: string;
  /** Already formatted in the coach's zone, zone named. */
  since: string;
  calendarsUrl: string;
}

export default function CalendarFailingEmail({
  recipientName,
  practiceName,
  connectionLabel,
  problem,
  since,
  calendarsUrl,
  brandColor,
  logoUrl,
}: CalendarFailingEmailProps) {
  const label = oneLine(connectionLabel);
  return (
    <EmailLayout
      title={calendarFailingSubject({ connectionLabel })}
      preview={`${label}: ${problem}`}
      practiceName={oneLine(practiceName)}
      brandColor={brandColor}
      logoUrl={logoUrl}
    >
      <Title>We can&apos;t read one of your calendars</Title>
      <Paragraph>{recipientName ? `Hi ${oneLine(recipientName)},` : "Hi,"}</Paragraph>
      <Paragraph>{`Since ${since}, Fieldnotes has not been able to refresh “${label}”: ${problem}`}</Paragraph>
      <Paragraph>
        Your booking page still keeps out the busy times it read last, but anything you added to that calendar since
        then is not seen, so someone could book over it.
      </Paragraph>
      <PrimaryButton href={calendarsUrl} color={brandColor}>
        Check your calendars
      </PrimaryButton>
      <Muted>We send this once for each time a calendar stops working.</Muted>
    </EmailLayout>
  );
}

CalendarFailingEmail.PreviewProps = {
  recipientName: "Maya Chen",
  practiceName: "Northbound Careers",
  connectionLabel: "maya at caldav.fastmail.com",
  problem: "Wrong password: the server refused the username or app password. Enter a new app password.",
  since: "Wed 2 Dec 2026, 09:10 GMT",
  calendarsUrl: "http://localhost:3000/p/northbound/calendars",
  brandColor: "#0f766e",
} satisfies CalendarFailingEmailProps;
