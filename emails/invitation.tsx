import { EmailLayout, Muted, Paragraph, PrimaryButton, Title } from "./components/layout";
import type { PracticeLetterhead } from "./components/letterhead";
import { oneLine } from "./components/text";

type InvitationRole = "OWNER" | "ADMIN" | "COACH" | "CLIENT";

const roleWording: Record<InvitationRole, string> = {
  OWNER: "an owner",
  ADMIN: "an admin",
  COACH: "a coach",
  CLIENT: "a client",
};

export function invitationSubject(practiceName: string): string {
  return `You're invited to join ${oneLine(practiceName)} on Fieldnotes`;
}

export interface InvitationEmailProps extends PracticeLetterhead {
  inviterName: string;
  role: InvitationRole;
  acceptUrl: string;
  /** Already formatted for the invitee, e.g. "Mon 30 Nov 2026, 10:00 GMT". */
  expiresAt: string;
}

export default function InvitationEmail({
  practiceName,
  inviterName,
  role,
  acceptUrl,
  expiresAt,
  brandColor,
  logoUrl,
}: InvitationEmailProps) {
  const practice = oneLine(practiceName) || "a practice";
  const inviter = oneLine(inviterName) || "Someone";
  return (
    <EmailLayout
      title={invitationSubject(practiceName)}
      preview={`${inviter} invited you to join ${practice} on Fieldnotes`}
      practiceName={practice}
      brandColor={brandColor}
      logoUrl={logoUrl}
    >
      <Title>{`Join ${practice} on Fieldnotes`}</Title>
      <Paragraph>{`${inviter} invited you to join ${practice} on Fieldnotes as ${roleWording[role]}.`}</Paragraph>
      <PrimaryButton href={acceptUrl} color={brandColor}>
        Accept invitation
      </PrimaryButton>
      <Muted>{`This invitation expires on ${expiresAt}. If you weren't expecting this, you can ignore it.`}</Muted>
    </EmailLayout>
  );
}

InvitationEmail.PreviewProps = {
  practiceName: "Northbound Careers",
  inviterName: "Maya Chen",
  role: "COACH",
  acceptUrl: "http://localhost:3000/invitations/preview-token",
  expiresAt: "Mon 30 Nov 2026, 10:00 GMT",
  brandColor: "#0f766e",
} satisfies InvitationEmailProps;
