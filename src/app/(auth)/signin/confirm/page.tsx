import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "~/components/ui/button";
import { Card } from "~/components/ui/surface";
import { env } from "~/env";
import { normalizeEmailAddress } from "~/lib/email-address";
import { safeRedirectUrl } from "~/lib/safe-redirect";

export const metadata: Metadata = { title: "Confirm sign-in", referrer: "no-referrer" };

/** Auth.js writes the callback into the emailed link as an absolute URL: keep its path if it is on this site. */
function callbackPathOf(callbackUrl: string | undefined): string {
  const url = new URL(safeRedirectUrl(callbackUrl ?? "", env.APP_URL));
  return url.pathname + url.search + url.hash;
}

// The emailed link lands here. Opening it changes nothing (mail scanners follow links);
// the button POSTs the one-time token to Auth.js, which signs the person in.
export default async function ConfirmSignInPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }>;
}) {
  const { token = "", email = "", callbackUrl } = await searchParams;
  const address = normalizeEmailAddress(email);
  if (!/^[A-Za-z0-9_-]{16,200}$/.test(token) || !address.ok) {
    return (
      <Card className="p-6 sm:p-8">
        <h1 className="text-xl font-semibold tracking-tight">This sign-in link is incomplete</h1>
        <p className="text-muted mt-2 text-sm">Open the link from the email again, or request a new one.</p>
        <Link href="/signin" className="text-brand-700 mt-6 inline-block text-sm font-medium hover:underline">
          Request a new link
        </Link>
      </Card>
    );
  }
  const query = new URLSearchParams({ token, email: address.email, callbackUrl: callbackPathOf(callbackUrl) });
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-xl font-semibold tracking-tight">Sign in to Fieldnotes</h1>
      <p className="text-muted mt-2 text-sm">
        Continue as <span className="text-ink font-medium">{address.email}</span>.
      </p>
      <form method="post" action={`/api/auth/callback/nodemailer?${query.toString()}`} className="mt-6">
        <Button type="submit" className="w-full" autoFocus>
          Continue
        </Button>
      </form>
    </Card>
  );
}
