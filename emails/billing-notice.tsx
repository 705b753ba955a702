import { EmailLayout, Muted, Paragraph, PrimaryButton, Title } from "./components/layout";
import type { PracticeLetterhead } from "./components/letterhead";
import { oneLine } from "./components/text";

// To a practice's owners and admins when Stripe could not collect a payment (the practice
// keeps access while Stripe retries) or when a trial is about to end.

type BillingNoticeKind = "payment_failed" | "trial_ending";

export function billingNoticeSubject({ kind, practiceName }: { kind: BillingNoticeKind; practiceName: string }) {
  const practice = oneLine(practiceName) || "your practice";
  return kind === "payment_failed"
    ? `Payment failed for ${practice} on Fieldnotes`
    : `The Fieldnotes trial for ${practice} ends soon`;
}

export interface BillingNoticeEmailProps extends PracticeLetterhead {
  kind: BillingNoticeKind;
  recipientName?: string | null;
  billingUrl: string;
  /** Already formatted in the practice's zone: the trial's end, or the end of the current period. */
  date?: string | null;
}

export default function BillingNoticeEmail({
  kind,
  practiceName,
  recipientName,
  billingUrl,
  date,
  brandColor,
  logoUrl,
}: BillingNoticeEmailProps) {
  const practice = oneLine(practiceName) || "your practice";
  const greeting = recipientName ? `Hi ${oneLine(recipientName)},` : "Hi,";
  const failed = kind === "payment_failed";
  return (
    <EmailLayout
      title={billingNoticeSubject({ kind, practiceName })}
      preview={failed ? `We couldn't collect the payment for ${practice}` : `The trial for ${practice} ends soon`}
      practiceName={practice}
      brandColor={brandColor}
      logoUrl={logoUrl}
    >
      <Title>{failed ? "A payment didn't go through" : "Your trial ends soon"}</Title>
      <Paragraph>{greeting}</Paragraph>
      {failed ? (
        <>
          <Paragraph>
            {`Stripe couldn't collect the latest payment for ${practice}. Everyone keeps access while Stripe retries, but if the invoice stays unpaid the practice becomes read-only until it is paid. Nothing is deleted.`}
          </Paragraph>
          <Paragraph>Update the card or pay the open invoice from the billing page.</Paragraph>
        </>
      ) : (
        <Paragraph>
          {`The free trial of ${practice}${date ? ` ends on ${date}` : " ends in a few days"}. Add a payment method so your coaches and clients keep working without a break.`}
        </Paragraph>
      )}
      <PrimaryButton href={billingUrl} color={brandColor}>
        {failed ? "Update payment method" : "Review billing"}
      </PrimaryButton>
      <Muted>You get this email because you are an owner or admin of this practice.</Muted>
    </EmailLayout>
  );
}

BillingNoticeEmail.PreviewProps = {
  kind: "payment_failed",
  practiceName: "Northbound Careers",
  recipientName: "Maya Chen",
  billingUrl: "http://localhost:3000/p/northbound/settings/billing",
  date: "Mon 30 Nov 2026, 10:00 GMT",
  brandColor: "#0f766e",
} satisfies BillingNoticeEmailProps;
