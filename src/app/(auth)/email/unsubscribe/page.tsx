import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/surface";
import { describeUnsubscribe } from "~/modules/notifications/server/unsubscribe";

export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { searchParams: Promise<{ token?: string; done?: string }> };

/** Where an email's "Unsubscribe" link lands: one button, no sign-in. */
export default async function UnsubscribePage({ searchParams }: Props) {
  const { token = "", done } = await searchParams;
  const target = await describeUnsubscribe(token.slice(0, 1000));
  if (!target) {
    return (
      <Card className="p-6 text-center sm:p-8">
        <h1 className="text-xl font-semibold tracking-tight">This unsubscribe link doesn&apos;t work</h1>
        <p className="text-muted mt-2 text-sm">
          It may have been copied incompletely. Use the link at the bottom of the email again.
        </p>
      </Card>
    );
  }
  return (
    <Card className="p-6 text-center sm:p-8">
      {done ? (
        <>
          <h1 className="text-xl font-semibold tracking-tight">You&apos;re unsubscribed</h1>
          <p className="text-muted mt-2 text-sm">
            {target.email} will no longer get {target.label.toLowerCase()} from {target.practiceName}. Emails about your
            bookings and account still arrive.
          </p>
        </>
      ) : (
        <>
          <h1 className="text-xl font-semibold tracking-tight">Unsubscribe from {target.label.toLowerCase()}?</h1>
          <p className="text-muted mt-2 text-sm">
            {target.practiceName} will stop sending {target.label.toLowerCase()} to {target.email}. Emails about your
            bookings and account still arrive.
          </p>
          <form method="post" action={`/api/email/unsubscribe?token=${encodeURIComponent(token)}`} className="mt-6">
            <Button type="submit">Unsubscribe</Button>
          </form>
        </>
      )}
      <p className="text-muted mt-6 text-sm">
        Members of {target.practiceName} can choose every kind of email on their{" "}
        <Link className="text-brand-700 font-medium hover:underline" href={target.preferencesPath}>
          email preferences
        </Link>{" "}
        page (sign-in needed).
      </p>
    </Card>
  );
}
