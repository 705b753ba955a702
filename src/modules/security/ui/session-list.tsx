"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import { Button } from "~/components/ui/button";
import { Alert, Badge, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import type { SessionRow } from "./session-rows";
import { SignOutOthersDialog } from "./sign-out-others-dialog";

/** The person's open sessions with a way to end each other one, or all of them at once. */
export function SessionList({ sessions }: { sessions: SessionRow[] }) {
  const trpc = useTRPC();
  const [notice, setNotice] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation(trpc.security.revokeSession.mutationOptions());
  const router = useRouter();
  const others = sessions.filter((session) => !session.isCurrent);
  const { message } = errorDetails(revoke.error);

  const signOut = (session: SessionRow) =>
    revoke.mutate(
      { sessionId: session.id },
      {
        onSuccess: () => {
          setNotice(`Signed out ${session.deviceLabel}. That browser must sign in again to get back in.`);
          router.refresh();
        },
      },
    );

  return (
    <Card>
      <CardHeader
        title="Where you're signed in"
        description="Sign out any browser you don't recognise or no longer use."
        actions={
          others.length > 0 && (
            <Button type="button" size="sm" variant="secondary" onClick={() => setConfirming(true)}>
              Sign out everywhere else
            </Button>
          )
        }
      />
      <div aria-live="polite" className="px-5 pt-4 empty:hidden">
        {notice && <Alert tone="success">{notice}</Alert>}
      </div>
      {message && (
        <div className="px-5 pt-4">
          <Alert tone="danger">{message}</Alert>
        </div>
      )}
      <ul className="divide-line divide-y">
        {sessions.map((session) => (
          <SessionItem
            key={session.id}
            session={session}
            pending={revoke.isPending && revoke.variables?.sessionId === session.id}
            onSignOut={() => signOut(session)}
          />
        ))}
      </ul>
      {others.length === 0 && (
        <p className="text-muted border-line border-t px-5 py-4 text-sm">
          This is the only browser signed in to your account. When you sign in somewhere else, it shows up here, and we
          email you if it is a browser you haven&apos;t used lately.
        </p>
      )}
      <SignOutOthersDialog
        open={confirming}
        count={others.length}
        onClose={() => setConfirming(false)}
        onDone={(revoked) => {
          setNotice(`Signed out ${revoked === 1 ? "1 other session" : `${revoked} other sessions`}.`);
          router.refresh();
        }}
      />
    </Card>
  );
}

function SessionItem({
  session,
  pending,
  onSignOut,
}: {
  session: SessionRow;
  pending: boolean;
  onSignOut: () => void;
}) {
  const labelId = useId();
  return (
    <li className="flex flex-wrap items-center justify-between gap-3 px-5 py-4">
      <div className="min-w-0">
        <p className="text-ink flex flex-wrap items-center gap-2 text-sm font-medium">
          <span id={labelId} className="break-words">
            {session.deviceLabel}
          </span>
          {session.isCurrent && <Badge tone="brand">This device</Badge>}
        </p>
        <p className="text-muted mt-0.5 text-sm">
          Last active{" "}
          <time dateTime={session.lastActiveIso} title={session.lastActiveAt}>
            {session.lastActive}
          </time>
          <span className="sr-only">, {session.lastActiveAt}</span>
        </p>
        <p className="text-muted text-xs">Signed in {session.signedInAt}</p>
      </div>
      {!session.isCurrent && (
        <Button
          type="button"
          size="sm"
          variant="secondary"
          pending={pending}
          aria-describedby={labelId}
          onClick={onSignOut}
        >
          Sign out
        </Button>
      )}
    </li>
  );
}
