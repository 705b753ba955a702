"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { Alert } from "~/components/ui/surface";
import { acceptInvitationAction } from "./actions";

export function AcceptInvitationForm({ token, label }: { token: string; label: string }) {
  const [state, action, pending] = useActionState(acceptInvitationAction, {});
  return (
    <form action={action} className="mt-6 space-y-3">
      <input type="hidden" name="token" value={token} />
      {state.error && <Alert tone="danger">{state.error}</Alert>}
      <Button type="submit" className="w-full" pending={pending} autoFocus>
        {label}
      </Button>
    </form>
  );
}
