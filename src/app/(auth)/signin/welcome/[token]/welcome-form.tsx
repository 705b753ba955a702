"use client";

import { useActionState } from "react";
import { Button } from "~/components/ui/button";
import { Alert } from "~/components/ui/surface";
import { acceptWelcomeAction } from "./actions";

export function WelcomeForm({ token, next }: { token: string; next: string }) {
  const [state, action, pending] = useActionState(acceptWelcomeAction, {});
  return (
    <form action={action} className="mt-6 space-y-3">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name="next" value={next} />
      {state.error && <Alert tone="danger">{state.error}</Alert>}
      <Button type="submit" className="w-full" pending={pending} autoFocus>
        Continue
      </Button>
    </form>
  );
}
