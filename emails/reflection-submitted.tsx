import { EmailLayout, Muted, Paragraph, PrimaryButton, Quote, Title, UnsubscribeFooter } from "./components/layout";
import type { PracticeLetterhead } from "./components/letterhead";
import { excerptOf, oneLine } from "./components/text";

// To the coach when a client shares a reflection on an interview.

export interface ReflectionSubmittedEmailProps extends PracticeLetterhead {
  coachName: string;
  clientName: string;
  contactName: string;
  trackName: string;
  /** 1–5, how much the conversation resonated; null when the client left it blank. */
  resonance: number | null;
  excerpt: string;
  reviewUrl: string;
  unsubscribeUrl?: string;
}

export function reflectionSubmittedSubject({ clientName, contactName }: ReflectionSubmittedEmailProps): string {
  return `${oneLine(clientName)} shared a reflection on ${oneLine(contactName)}`;
}

export default function ReflectionSubmittedEmail(props: ReflectionSubmittedEmailProps) {
  const { practiceName, brandColor, logoUrl, resonance, reviewUrl } = props;
  const client = oneLine(props.clientName);
  const contact = oneLine(props.contactName);
  return (
    <EmailLayout
      title={reflectionSubmittedSubject(props)}
      preview={`${client} wrote about the conversation with ${contact}`}
      practiceName={oneLine(practiceName)}
      brandColor={brandColor}
      logoUrl={logoUrl}
      footer={<UnsubscribeFooter url={props.unsubscribeUrl} what="project updates" />}
    >
      <Title>{`${client} shared a reflection`}</Title>
      <Paragraph>{`Hi ${oneLine(props.coachName)},`}</Paragraph>
      <Paragraph>
        {`${client} reflected on the conversation with ${contact} (${oneLine(props.trackName)}).${resonance === null ? "" : ` Resonance: ${resonance} of 5.`}`}
      </Paragraph>
      <Quote color={brandColor}>{excerptOf(props.excerpt)}</Quote>
      <PrimaryButton href={reviewUrl} color={brandColor}>
        Read and comment
      </PrimaryButton>
      <Muted>Your comment goes to the client by email.</Muted>
    </EmailLayout>
  );
}

ReflectionSubmittedEmail.PreviewProps = {
  practiceName: "Northstar Career Studio",
  brandColor: "#0f766e",
  coachName: "Maya Chen",
  clientName: "Priya Raman",
  contactName: "Dana Whitfield",
  trackName: "UX researchers",
  resonance: 4,
  excerpt:
    "I expected the job to be mostly interviews, but Dana spends half her week turning findings into decisions with product managers. That part excited me more than I thought it would.",
  reviewUrl: "http://localhost:3000/p/northstar/reflections/preview",
} satisfies ReflectionSubmittedEmailProps;
