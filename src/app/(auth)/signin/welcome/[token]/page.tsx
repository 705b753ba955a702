import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { Card } from "~/components/ui/surface";
import { welcomeLanding } from "~/modules/clients/domain/sign-in-landing";
import { INVITATION_PROBLEMS } from "~/modules/practices/domain/invitations";
import { describeInvitation } from "~/modules/practices/server/invitations.service";
import { auth } from "~/server/auth/config";
import { systemClock } from "~/server/clock";
import { WelcomeForm } from "./welcome-form";

export const metadata: Metadata = { title: "Welcome", referrer: "no-referrer", robots: { index: false } };

// The link in a client's welcome or project email. Opening it changes nothing (mail scanners
// follow links); the button uses the one-time link, signs the client in and opens their page.
export default async function WelcomePage({
  params,
  searchParams,
}: {
  params: Promise<{ token: string }>;
  searchParams: Promise<{ next?: string }>;
}) {
  const { token } = await params;
  const { next } = await searchParams;
  const found = await describeInvitation(token, systemClock.now());
  if (!found) {
    return (
      <LinkProblem
        problem="This sign-in link is not valid. Check that you opened the whole link from the email."
        signInHref="/signin"
      />
    );
  }
  const { invitation, state } = found;
  const landing = welcomeLanding(next, invitation.practice.slug);
  const session = await auth();
  if (state === "accepted" && session?.user.id === invitation.acceptedById) redirect(landing);
  if (state !== "pending") {
    return (
      <LinkProblem
        problem={`${INVITATION_PROBLEMS[state]} You can sign in with ${invitation.email} at any time.`}
        signInHref={`/signin?callbackUrl=${encodeURIComponent(landing)}`}
      />
    );
  }
  const signedInAsSomeoneElse = session?.user && session.user.email !== invitation.email;
  return (
    <Card className="p-6 sm:p-8">
      <div
        className="mb-4 h-1.5 w-12 rounded-full"
        style={{ backgroundColor: invitation.practice.brandColor }}
        aria-hidden="true"
      />
      <h1 className="text-xl font-semibold tracking-tight">Welcome to {invitation.practice.name}</h1>
      <p className="text-muted mt-2 text-sm">
        Continue as <span className="text-ink font-medium">{invitation.email}</span> to open your workspace.
      </p>
      {signedInAsSomeoneElse && (
        <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
          You're signed in as {session.user.email}. Continuing signs you in as {invitation.email} instead.
        </p>
      )}
      <WelcomeForm token={token} next={landing} />
    </Card>
  );
}

function LinkProblem({ problem, signInHref }: { problem: string; signInHref: string }) {
  return (
    <Card className="p-6 sm:p-8">
      <h1 className="text-xl font-semibold tracking-tight">This link can't sign you in</h1>
      <p className="text-muted mt-2 text-sm">{problem}</p>
      <Link href={signInHref} className="text-brand-700 mt-6 inline-block text-sm font-medium hover:underline">
        Sign in with your email
      </Link>
    </Card>
  );
}
