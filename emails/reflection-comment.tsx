import { EmailLayout, Paragraph, PrimaryButton, Quote, Title, UnsubscribeFooter } from "./components/layout";
import type { PracticeLetterhead } from "./components/letterhead";
import { excerptOf, oneLine } from "./components/text";

// To the client when their coach comments on a reflection, and to the coach when the client replies.

export interface ReflectionCommentEmailProps extends PracticeLetterhead {
  recipientName: string;
  authorName: string;
  /** The comment is the practice's (a coach's or an admin's), not the client's: the author signs it. */
  byStaff?: boolean;
  contactName: string;
  excerpt: string;
  reflectionUrl: string;
  unsubscribeUrl?: string;
}

export function reflectionCommentSubject({ authorName, contactName }: ReflectionCommentEmailProps): string {
  return `${oneLine(authorName)} commented on your reflection on ${oneLine(contactName)}`;
}

export default function ReflectionCommentEmail(props: ReflectionCommentEmailProps) {
  const { practiceName, brandColor, logoUrl, reflectionUrl } = props;
  const author = oneLine(props.authorName);
  const contact = oneLine(props.contactName);
  return (
    <EmailLayout
      title={reflectionCommentSubject(props)}
      preview={`${author}: ${excerptOf(props.excerpt, 90)}`}
      practiceName={oneLine(practiceName)}
      brandColor={brandColor}
      logoUrl={logoUrl}
      signedBy={props.byStaff ? author : null}
      footer={<UnsubscribeFooter url={props.unsubscribeUrl} what="project updates" />}
    >
      <Title>{`${author} left a comment`}</Title>
      <Paragraph>{`Hi ${oneLine(props.recipientName)}, ${author} commented on the reflection on ${contact}:`}</Paragraph>
      <Quote color={brandColor}>{excerptOf(props.excerpt)}</Quote>
      <PrimaryButton href={reflectionUrl} color={brandColor}>
        Read and reply
      </PrimaryButton>
    </EmailLayout>
  );
}

ReflectionCommentEmail.PreviewProps = {
  practiceName: "Northstar Career Studio",
  brandColor: "#0f766e",
  recipientName: "Priya Raman",
  authorName: "Maya Chen",
  byStaff: true,
  contactName: "Dana Whitfield",
  excerpt:
    "Notice how your energy changed when Dana talked about the decisions her research drives. Ask your next two contacts about that part of their week.",
  reflectionUrl: "http://localhost:3000/p/northstar/reflections/preview",
} satisfies ReflectionCommentEmailProps;
