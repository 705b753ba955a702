"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { TypedConfirmationForm } from "./typed-confirmation-form";

/** On a client's page, for their coach or an admin: erase the client's data when they ask. */
export function EraseClientSection({
  practiceSlug,
  client,
}: {
  practiceSlug: string;
  client: { id: string; email: string; erased: boolean };
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const erase = useMutation(trpc.erasure.eraseClient.mutationOptions({ onSuccess: () => router.refresh() }));
  const { message, fields } = errorDetails(erase.error);
  return (
    <Card>
      <CardHeader
        title="Erase this client's data"
        description="When a client asks: their name, address, sessions' details and everything they wrote here."
      />
      <div className="space-y-4 p-5 text-sm">
        {client.erased ? (
          <Alert tone="neutral">This client&apos;s data was erased. Their place in your counts stays.</Alert>
        ) : (
          <TypedConfirmationForm
            opener="Erase their data…"
            label="Type the client's email address to confirm"
            hint="It happens at once and cannot be undone. Upcoming sessions are cancelled."
            expected={client.email}
            submitLabel="Erase their data now"
            pending={erase.isPending}
            error={message}
            fieldError={fields.confirmation}
            onConfirm={(confirmation) => erase.mutate({ practiceSlug, clientId: client.id, confirmation })}
          />
        )}
      </div>
    </Card>
  );
}
