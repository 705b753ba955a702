import { EmailLayout, InlineLink, Muted, Paragraph, PrimaryButton, Title } from "./components/layout";
import type { PracticeLetterhead } from "./components/letterhead";
import { oneLine } from "./components/text";

// To a client when a coach starts working with them (a lead activated, or a client added or
// imported directly): the way in. For someone who has never signed in, the button signs them
// in once; afterwards they sign in with their address as everyone does.

export interface ClientWelcomeEmailProps extends PracticeLetterhead {
  clientName: string;
  /** Who added them: their coach, or the practice when no coach is set yet. */
  addedBy: string;
  /** A link that signs them in once (a secret), or null when they have signed in before. */
  signInUrl: string | null;
  /** Already formatted for the client, e.g. "Mon 30 Nov 2026, 10:00 GMT"; null without a sign-in link. */
  signInExpiresAt: string | null;
  /** The practice home: where the button lands, and where to go later. */
  practiceUrl: string;
}

export function clientWelcomeSubject({ addedBy, practiceName }: ClientWelcomeEmailProps): string {
  return `${oneLine(addedBy)} added you to ${oneLine(practiceName)} on Fieldnotes`;
}

export default function ClientWelcomeEmail(props: ClientWelcomeEmailProps) {
  const { brandColor, logoUrl, signInUrl, signInExpiresAt, practiceUrl } = props;
  const practice = oneLine(props.practiceName);
  const addedBy = oneLine(props.addedBy);
  return (
    <EmailLayout
      title={clientWelcomeSubject(props)}
      preview={`${addedBy} added you as a client`}
      practiceName={practice}
      brandColor={brandColor}
      logoUrl={logoUrl}
      signedBy={addedBy}
    >
      <Title>{`Welcome to ${practice}`}</Title>
      <Paragraph>{`Hi ${oneLine(props.clientName)},`}</Paragraph>
      <Paragraph>
        {`${addedBy} added you as a client on Fieldnotes. This is where you'll work on your informational-interview project: the people you plan to talk to, your interviews and what you take from them.`}
      </Paragraph>
      <PrimaryButton href={signInUrl ?? practiceUrl} color={brandColor}>
        {signInUrl ? "Sign in to Fieldnotes" : "Open Fieldnotes"}
      </PrimaryButton>
      {signInUrl ? (
        <Muted>
          {`The button signs you in once, until ${signInExpiresAt ?? "it expires"}. After that, go to `}
          <InlineLink href={practiceUrl} color={brandColor}>
            {practiceUrl}
          </InlineLink>
          {" and sign in with this email address."}
        </Muted>
      ) : (
        <Muted>Sign in with this email address.</Muted>
      )}
    </EmailLayout>
  );
}

ClientWelcomeEmail.PreviewProps = {
  practiceName: "Northstar Career Studio",
  brandColor: "#0f766e",
  clientName: "Priya Raman",
  addedBy: "Maya Chen",
  signInUrl: "http://localhost:3000/signin/welcome/preview-token?next=%2Fp%2Fnorthstar",
  signInExpiresAt: "Mon 30 Nov 2026, 10:00 GMT",
  practiceUrl: "http://localhost:3000/p/northstar",
} satisfies ClientWelcomeEmailProps;
