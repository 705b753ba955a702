import { EmailLayout, Item, ItemList, Muted, Paragraph, PrimaryButton, Title } from "./components/layout";
import { oneLine } from "./components/text";

// To a person whenever their two-step sign-in changes (src/modules/second-factor/server/factor-emails.ts). Not
// something one can turn off: a factor added by someone else is how an account is taken over for good.

export type SecondFactorChange =
  | "authenticator-added"
  | "authenticator-removed"
  | "passkey-added"
  | "passkey-removed"
  | "recovery-codes-regenerated"
  | "recovery-code-used";

const headline: Record<SecondFactorChange, string> = {
  "authenticator-added": "An authenticator app was added to your account",
  "authenticator-removed": "An authenticator app was removed from your account",
  "passkey-added": "A passkey was added to your account",
  "passkey-removed": "A passkey was removed from your account",
  "recovery-codes-regenerated": "New recovery codes were made for your account",
  "recovery-code-used": "A recovery code was used to sign in to your account",
};

export const secondFactorChangedSubject = (change: SecondFactorChange) => headline[change];

export interface SecondFactorChangedEmailProps {
  change: SecondFactorChange;
  /** The passkey's name, when the change is about one. */
  factorName?: string;
  /** Already formatted for the person, e.g. "Wed, 2 Dec 2026, 15:40 GMT". */
  changedAt: string;
  /** How many unused recovery codes are left, when a code was used. */
  recoveryCodesLeft?: number;
  securityUrl: string;
}

export default function SecondFactorChangedEmail({
  change,
  factorName,
  changedAt,
  recoveryCodesLeft,
  securityUrl,
}: SecondFactorChangedEmailProps) {
  return (
    <EmailLayout title={headline[change]} preview={headline[change]}>
      <Title>{headline[change]}</Title>
      <Paragraph>Two-step sign-in on your Fieldnotes account changed:</Paragraph>
      <ItemList>
        {factorName ? <Item>{`Passkey: ${oneLine(factorName)}`}</Item> : null}
        <Item>{`When: ${oneLine(changedAt)}`}</Item>
        {recoveryCodesLeft === undefined ? null : <Item>{`Unused recovery codes left: ${recoveryCodesLeft}`}</Item>}
      </ItemList>
      <Paragraph>If this was you, there is nothing to do.</Paragraph>
      <PrimaryButton href={securityUrl}>Review two-step sign-in</PrimaryButton>
      <Muted>
        {
          "If it wasn't you, sign in, remove what you don't recognise and sign your other sessions out on that page. Someone may be able to read your sign-in emails, so change your email account's password too."
        }
      </Muted>
    </EmailLayout>
  );
}

SecondFactorChangedEmail.PreviewProps = {
  change: "passkey-added",
  factorName: "MacBook Touch ID",
  changedAt: "Wed, 2 Dec 2026, 15:40 GMT",
  securityUrl: "http://localhost:3000/profile/security",
} satisfies SecondFactorChangedEmailProps;
