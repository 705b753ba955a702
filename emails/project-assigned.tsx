import {
  EmailLayout,
  InlineLink,
  Item,
  Muted,
  ItemList,
  Paragraph,
  PrimaryButton,
  Quote,
  SectionTitle,
  Title,
  UnsubscribeFooter,
} from "./components/layout";
import type { PracticeLetterhead } from "./components/letterhead";
import { countOf, oneLine } from "./components/text";

// To a client when their coach sets up an interview project for them: what it is for, the
// tracks and targets, the outreach rhythm, and the way in. For a client who has never signed
// in, the button signs them in once and opens the project.

export interface ProjectAssignedEmailProps extends PracticeLetterhead {
  clientName: string;
  coachName: string;
  projectTitle: string;
  northStar: string | null;
  /** Already formatted for the client, e.g. "Fri 18 Dec 2026". */
  dueDate: string | null;
  tracks: Array<{ name: string; targetCount: number }>;
  /** Already worded, e.g. "2 people a day". */
  outreachGoal: string;
  projectUrl: string;
  /** A link that signs them in once and lands in the project (a secret), or null when they have signed in before. */
  signInUrl: string | null;
  /** Already formatted for the client, e.g. "Mon 30 Nov 2026, 10:00 GMT"; null without a sign-in link. */
  signInExpiresAt: string | null;
  unsubscribeUrl?: string;
}

export function projectAssignedSubject({ coachName, projectTitle }: ProjectAssignedEmailProps): string {
  return `${oneLine(coachName)} set up your project: ${oneLine(projectTitle)}`;
}

export default function ProjectAssignedEmail(props: ProjectAssignedEmailProps) {
  const { practiceName, brandColor, logoUrl, projectTitle, northStar, dueDate, tracks, projectUrl, signInUrl } = props;
  const coach = oneLine(props.coachName);
  const title = oneLine(projectTitle);
  return (
    <EmailLayout
      title={projectAssignedSubject(props)}
      preview={`${coach} set up “${title}” for you`}
      practiceName={oneLine(practiceName)}
      brandColor={brandColor}
      logoUrl={logoUrl}
      signedBy={coach}
      footer={<UnsubscribeFooter url={props.unsubscribeUrl} what="project updates" />}
    >
      <Title>{`Your new project: ${title}`}</Title>
      <Paragraph>{`Hi ${oneLine(props.clientName)},`}</Paragraph>
      <Paragraph>
        {`${coach} set up an interview project for you. You'll talk to people doing the work you're curious about, write down what you learn, and share reflections with ${coach} as you go.`}
      </Paragraph>
      {northStar ? (
        <>
          <SectionTitle>Your north star</SectionTitle>
          <Quote color={brandColor}>{oneLine(northStar)}</Quote>
        </>
      ) : null}
      {tracks.length > 0 ? (
        <>
          <SectionTitle>Tracks</SectionTitle>
          <ItemList>
            {tracks.map((track) => (
              <Item key={track.name}>{`${oneLine(track.name)}: ${countOf(track.targetCount, "conversation")}`}</Item>
            ))}
          </ItemList>
        </>
      ) : null}
      <Paragraph>
        {`Outreach goal: ${oneLine(props.outreachGoal)}.${dueDate ? ` Aim to finish by ${dueDate}.` : ""}`}
      </Paragraph>
      <PrimaryButton href={signInUrl ?? projectUrl} color={brandColor}>
        Open your project
      </PrimaryButton>
      {signInUrl ? (
        <Muted>
          {`The button signs you in once, until ${props.signInExpiresAt ?? "it expires"}. After that, your project is at `}
          <InlineLink href={projectUrl} color={brandColor}>
            {projectUrl}
          </InlineLink>
          {": sign in with this email address."}
        </Muted>
      ) : null}
    </EmailLayout>
  );
}

ProjectAssignedEmail.PreviewProps = {
  practiceName: "Northstar Career Studio",
  brandColor: "#0f766e",
  clientName: "Priya Raman",
  coachName: "Maya Chen",
  projectTitle: "Is UX research for me?",
  northStar: "Find out whether I'd enjoy research work day to day, and what it would take to get hired.",
  dueDate: "Fri 18 Dec 2026",
  tracks: [
    { name: "UX researchers", targetCount: 5 },
    { name: "Hiring managers", targetCount: 2 },
  ],
  outreachGoal: "2 people a day",
  projectUrl: "http://localhost:3000/p/northstar/projects/preview",
  signInUrl: null,
  signInExpiresAt: null,
} satisfies ProjectAssignedEmailProps;
