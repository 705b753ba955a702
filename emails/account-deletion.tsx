import { EmailLayout, Muted, Paragraph, PrimaryButton, Title } from "./components/layout";
import { oneLine } from "./components/text";

// To a person about deleting their own account (src/modules/erasure): when it is scheduled, when it is cancelled,
// and when it is done. The last one is sent after everything else is erased, so it names nothing but the account.

export type AccountDeletionEmailProps =
  | {
      kind: "scheduled";
      /** Already formatted in the person's zone, zone named: "Wed, 16 Dec 2026, 15:40 GMT (London)". */
      dueAt: string;
      /** Where signing in (which cancels the deletion) starts. */
      signInUrl: string;
    }
  | { kind: "cancelled"; bySignIn: boolean; dataPageUrl: string }
  | { kind: "erased" };

const SUBJECTS: Record<AccountDeletionEmailProps["kind"], string> = {
  scheduled: "Your Fieldnotes account will be deleted",
  cancelled: "Your Fieldnotes account will not be deleted",
  erased: "Your Fieldnotes account has been deleted",
};

export const accountDeletionSubject = (props: AccountDeletionEmailProps) => SUBJECTS[props.kind];

export default function AccountDeletionEmail(props: AccountDeletionEmailProps) {
  const subject = accountDeletionSubject(props);
  return (
    <EmailLayout title={subject} preview={subject}>
      <Title>{subject}</Title>
      {props.kind === "scheduled" && (
        <>
          <Paragraph>{`We will erase your account and what you wrote in Fieldnotes on ${oneLine(props.dueAt)}.`}</Paragraph>
          <Paragraph>Changed your mind? Sign in before then and the deletion is cancelled.</Paragraph>
          <PrimaryButton href={props.signInUrl}>Sign in to keep your account</PrimaryButton>
          <Muted>If you did not ask for this, sign in now: someone who could use your account asked for it.</Muted>
        </>
      )}
      {props.kind === "cancelled" && (
        <>
          <Paragraph>
            {props.bySignIn
              ? "You signed in, so the deletion you asked for is cancelled. Your account stays as it was."
              : "You cancelled the deletion of your account. It stays as it was."}
          </Paragraph>
          <PrimaryButton href={props.dataPageUrl}>Your data</PrimaryButton>
        </>
      )}
      {props.kind === "erased" && (
        <>
          <Paragraph>
            As you asked, your account is deleted and what you wrote is erased. The practices you worked with keep only
            counts that name nobody.
          </Paragraph>
          <Muted>This is the last email we send to this address.</Muted>
        </>
      )}
    </EmailLayout>
  );
}

AccountDeletionEmail.PreviewProps = {
  kind: "scheduled",
  dueAt: "Wed, 16 Dec 2026, 15:40 GMT (London)",
  signInUrl: "http://localhost:3000/signin",
} satisfies AccountDeletionEmailProps;
