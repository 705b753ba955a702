import { EmailLayout, Item, ItemList, Muted, Paragraph, PrimaryButton, Title } from "./components/layout";
import { oneLine } from "./components/text";

// To a person when their account is signed in from a browser it has not used lately (src/server/auth/new-browser-rule.ts).
// Not something one can turn off: it is how a person learns that someone else read their sign-in email.

export const newSignInSubject = "New sign-in to Fieldnotes";

export interface NewSignInEmailProps {
  /** "Firefox on Windows", as the browser described itself. */
  deviceLabel: string;
  /** Already formatted for the person, e.g. "Wed, 2 Dec 2026, 15:40 GMT". */
  signedInAt: string;
  /** The security page, where the session can be signed out. */
  securityUrl: string;
}

export default function NewSignInEmail({ deviceLabel, signedInAt, securityUrl }: NewSignInEmailProps) {
  const device = oneLine(deviceLabel);
  return (
    <EmailLayout title={newSignInSubject} preview={`Your account was signed in on ${device}`}>
      <Title>New sign-in to your account</Title>
      <Paragraph>Your Fieldnotes account was just signed in on a browser it hasn't used lately:</Paragraph>
      <ItemList>
        <Item>{`Device and browser: ${device}`}</Item>
        <Item>{`When: ${oneLine(signedInAt)}`}</Item>
      </ItemList>
      <Paragraph>If this was you, there is nothing to do.</Paragraph>
      <PrimaryButton href={securityUrl}>Review your sessions</PrimaryButton>
      <Muted>
        {
          "If it wasn't you, sign that session out on the page above. Someone could read your sign-in emails, so change your email account's password too."
        }
      </Muted>
    </EmailLayout>
  );
}

NewSignInEmail.PreviewProps = {
  deviceLabel: "Firefox on Windows",
  signedInAt: "Wed, 2 Dec 2026, 15:40 GMT",
  securityUrl: "http://localhost:3000/profile/security",
} satisfies NewSignInEmailProps;
