import {
  EmailLayout,
  Item,
  ItemList,
  Paragraph,
  PrimaryButton,
  SectionTitle,
  Title,
  UnsubscribeFooter,
} from "./components/layout";
import type { PracticeLetterhead } from "./components/letterhead";
import { countOf, oneLine } from "./components/text";

// The client's morning note, sent only when something is due: the outreach goal still open,
// follow-ups gone quiet, thank-yous owed after interviews, referrers to tell how it went.

export interface OutreachDueEmailProps extends PracticeLetterhead {
  clientName: string;
  projectTitle: string;
  goal: { target: number; done: number; period: "day" | "week" };
  followUps: Array<{ contactName: string; daysSinceContact: number }>;
  thankYous: Array<{ contactName: string }>;
  referrerUpdates: Array<{ referrerName: string; contactName: string }>;
  todayUrl: string;
  unsubscribeUrl?: string;
}

const periodWord = { day: "today", week: "this week" } as const;

function goalLine({ target, done, period }: OutreachDueEmailProps["goal"]): string {
  const left = Math.max(target - done, 0);
  if (left === 0) return `You've reached ${countOf(target, "person", "people")} ${periodWord[period]}: goal met.`;
  return `${done} of ${target} reached ${periodWord[period]}: ${countOf(left, "more person", "more people")} to go.`;
}

export function outreachDueSubject({ projectTitle, goal, followUps, thankYous }: OutreachDueEmailProps): string {
  const parts = [
    goal.done < goal.target ? `${goal.target - goal.done} to reach` : null,
    followUps.length > 0 ? countOf(followUps.length, "follow-up") : null,
    thankYous.length > 0 ? countOf(thankYous.length, "thank-you") : null,
  ].filter(Boolean);
  const summary = parts.length > 0 ? parts.join(", ") : "updates to send";
  return `Today's outreach for “${oneLine(projectTitle)}”: ${summary}`;
}

export default function OutreachDueEmail(props: OutreachDueEmailProps) {
  const { practiceName, brandColor, logoUrl, goal, followUps, thankYous, referrerUpdates, todayUrl } = props;
  return (
    <EmailLayout
      title={outreachDueSubject(props)}
      preview={goalLine(goal)}
      practiceName={oneLine(practiceName)}
      brandColor={brandColor}
      logoUrl={logoUrl}
      footer={<UnsubscribeFooter url={props.unsubscribeUrl} what="daily outreach emails" />}
    >
      <Title>{`Today's outreach: ${oneLine(props.projectTitle)}`}</Title>
      <Paragraph>{`Good morning ${oneLine(props.clientName)}. ${goalLine(goal)}`}</Paragraph>
      {followUps.length > 0 ? (
        <>
          <SectionTitle>Follow up</SectionTitle>
          <ItemList>
            {followUps.map((item) => (
              <Item
                key={item.contactName}
              >{`${oneLine(item.contactName)}: no reply for ${countOf(item.daysSinceContact, "day")}`}</Item>
            ))}
          </ItemList>
        </>
      ) : null}
      {thankYous.length > 0 ? (
        <>
          <SectionTitle>Say thank you</SectionTitle>
          <ItemList>
            {thankYous.map((item) => (
              <Item key={item.contactName}>{`${oneLine(item.contactName)}, for the interview`}</Item>
            ))}
          </ItemList>
        </>
      ) : null}
      {referrerUpdates.length > 0 ? (
        <>
          <SectionTitle>Close the loop</SectionTitle>
          <ItemList>
            {referrerUpdates.map((item) => (
              <Item
                key={`${item.referrerName}:${item.contactName}`}
              >{`Tell ${oneLine(item.referrerName)} how the talk with ${oneLine(item.contactName)} went`}</Item>
            ))}
          </ItemList>
        </>
      ) : null}
      <PrimaryButton href={todayUrl} color={brandColor}>
        Open today's list
      </PrimaryButton>
    </EmailLayout>
  );
}

OutreachDueEmail.PreviewProps = {
  practiceName: "Northstar Career Studio",
  brandColor: "#0f766e",
  clientName: "Priya Raman",
  projectTitle: "Is UX research for me?",
  goal: { target: 2, done: 0, period: "day" },
  followUps: [
    { contactName: "Dana Whitfield", daysSinceContact: 4 },
    { contactName: "Luis Ortega", daysSinceContact: 6 },
  ],
  thankYous: [{ contactName: "Amara Okafor" }],
  referrerUpdates: [{ referrerName: "Amara Okafor", contactName: "Ben Hollis" }],
  todayUrl: "http://localhost:3000/p/northstar/projects/preview/today",
} satisfies OutreachDueEmailProps;
