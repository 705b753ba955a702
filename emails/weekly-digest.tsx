import {
  EmailLayout,
  InlineLink,
  Item,
  ItemList,
  Muted,
  Paragraph,
  PrimaryButton,
  SectionTitle,
  Title,
  UnsubscribeFooter,
} from "./components/layout";
import type { PracticeLetterhead } from "./components/letterhead";
import { countOf, oneLine } from "./components/text";

// A coach's Monday-morning view of the caseload: what clients wrote, who has gone quiet,
// and the sessions ahead. Sent only when at least one list has something in it.

export interface WeeklyDigestEmailProps extends PracticeLetterhead {
  coachName: string;
  /** Already formatted, e.g. "23 Nov 2026". */
  weekOf: string;
  newReflections: Array<{ clientName: string; contactName: string; url: string }>;
  stalledClients: Array<{ clientName: string; daysIdle: number; url: string }>;
  /** `when` already formatted in the coach's zone, zone named. */
  sessions: Array<{ clientName: string; when: string }>;
  caseloadUrl: string;
  unsubscribeUrl?: string;
}

export function weeklyDigestSubject({ weekOf, newReflections, stalledClients }: WeeklyDigestEmailProps): string {
  const parts = [
    newReflections.length > 0 ? countOf(newReflections.length, "new reflection") : null,
    stalledClients.length > 0 ? countOf(stalledClients.length, "quiet client") : null,
  ].filter(Boolean);
  return `Your week of ${oneLine(weekOf)}${parts.length > 0 ? `: ${parts.join(", ")}` : ""}`;
}

export default function WeeklyDigestEmail(props: WeeklyDigestEmailProps) {
  const { practiceName, brandColor, logoUrl, newReflections, stalledClients, sessions, caseloadUrl } = props;
  return (
    <EmailLayout
      title={weeklyDigestSubject(props)}
      preview={`${countOf(newReflections.length, "new reflection")}, ${countOf(sessions.length, "session")} this week`}
      practiceName={oneLine(practiceName)}
      brandColor={brandColor}
      logoUrl={logoUrl}
      footer={<UnsubscribeFooter url={props.unsubscribeUrl} what="weekly digests" />}
    >
      <Title>{`Your week of ${oneLine(props.weekOf)}`}</Title>
      <Paragraph>{`Hi ${oneLine(props.coachName)}, here is your caseload at the start of the week.`}</Paragraph>
      <SectionTitle>New reflections</SectionTitle>
      {newReflections.length > 0 ? (
        <ItemList>
          {newReflections.map((item) => (
            <Item key={item.url}>
              {`${oneLine(item.clientName)} on ${oneLine(item.contactName)}: `}
              <InlineLink href={item.url} color={brandColor}>
                read
              </InlineLink>
            </Item>
          ))}
        </ItemList>
      ) : (
        <Muted>No new reflections last week.</Muted>
      )}
      <SectionTitle>Gone quiet</SectionTitle>
      {stalledClients.length > 0 ? (
        <ItemList>
          {stalledClients.map((item) => (
            <Item key={item.url}>
              {`${oneLine(item.clientName)}, no activity for ${countOf(item.daysIdle, "day")}: `}
              <InlineLink href={item.url} color={brandColor}>
                open
              </InlineLink>
            </Item>
          ))}
        </ItemList>
      ) : (
        <Muted>Every client was active last week.</Muted>
      )}
      <SectionTitle>Sessions this week</SectionTitle>
      {sessions.length > 0 ? (
        <ItemList>
          {sessions.map((item) => (
            <Item key={`${item.clientName}:${item.when}`}>{`${oneLine(item.when)}: ${oneLine(item.clientName)}`}</Item>
          ))}
        </ItemList>
      ) : (
        <Muted>No sessions booked this week.</Muted>
      )}
      <PrimaryButton href={caseloadUrl} color={brandColor}>
        Open your caseload
      </PrimaryButton>
    </EmailLayout>
  );
}

WeeklyDigestEmail.PreviewProps = {
  practiceName: "Northstar Career Studio",
  brandColor: "#0f766e",
  coachName: "Maya Chen",
  weekOf: "23 Nov 2026",
  newReflections: [
    {
      clientName: "Priya Raman",
      contactName: "Dana Whitfield",
      url: "http://localhost:3000/p/northstar/reflections/r1",
    },
    { clientName: "Jordan Lee", contactName: "Sofia Marin", url: "http://localhost:3000/p/northstar/reflections/r2" },
  ],
  stalledClients: [{ clientName: "Alex Kim", daysIdle: 9, url: "http://localhost:3000/p/northstar/clients/alex" }],
  sessions: [{ clientName: "Taylor Brooks", when: "Wed 25 Nov 2026, 14:00 GMT" }],
  caseloadUrl: "http://localhost:3000/p/northstar/caseload",
} satisfies WeeklyDigestEmailProps;
