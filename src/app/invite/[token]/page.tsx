import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { Logo } from "~/components/shell/logo";
import { Card } from "~/components/ui/surface";
import { systemClock } from "~/server/clock";
import { auth } from "~/server/auth/config";
import { ROLE_LABELS } from "~/modules/practices/domain/roles";
import { describeInvitation } from "~/modules/practices/server/invitations.service";
import { AcceptInvitationForm } from "./accept-form";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer", robots: { index: false } };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const found = await describeInvitation(token, systemClock.now());
  // Unknown, expired, withdrawn or used links all answer 404; the page explains which.
  if (!found) notFound();
  const { invitation, state } = found;
  const session = await auth();
  if (state === "accepted" && session?.user.id === invitation.acceptedById) redirect(`/p/${invitation.practice.slug}`);
  if (state !== "pending") notFound();

  const signedInAsSomeoneElse = session?.user && session.user.email !== invitation.email;
  return (
    <div className="flex min-h-dvh flex-col items-center justify-center px-4 py-12">
      <div className="mb-8">
        <Logo />
      </div>
      <Card className="w-full max-w-md p-6 sm:p-8">
        <div
          className="mb-4 h-1.5 w-12 rounded-full"
          style={{ backgroundColor: invitation.practice.brandColor }}
          aria-hidden="true"
        />
        <h1 className="text-xl font-semibold tracking-tight">Join {invitation.practice.name}</h1>
        <p className="text-muted mt-2 text-sm">
          {invitation.invitedBy.name ?? invitation.invitedBy.email} invited{" "}
          <span className="text-ink font-medium">{invitation.email}</span> to join as{" "}
          <span className="text-ink font-medium">{ROLE_LABELS[invitation.role].toLowerCase()}</span>.
        </p>
        {signedInAsSomeoneElse && (
          <p className="mt-3 rounded-lg bg-amber-50 px-3 py-2 text-sm text-amber-800">
            You're signed in as {session.user.email}. Accepting signs you in as {invitation.email} instead.
          </p>
        )}
        <AcceptInvitationForm token={token} label={`Accept and join ${invitation.practice.name}`} />
      </Card>
    </div>
  );
}
