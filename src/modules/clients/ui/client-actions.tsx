"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { LimitAwareAlert } from "~/modules/billing/ui/limit-alert";
import type { ClientStatus } from "~/server/db/generated/enums";
import { useTRPC } from "~/trpc/react";

/**
 * What a coach does next with one client, by status. "Activate and assign a project" opens the
 * assignment form: assigning activates the client (within the plan) and sends one email that
 * signs them in and opens the project. "Activate" alone welcomes them to the practice.
 */
export function ClientActions({
  practiceSlug,
  client,
  billingHref,
}: {
  practiceSlug: string;
  client: { id: string; name: string; status: ClientStatus };
  billingHref: string | null;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const setStatus = useMutation(trpc.clients.setStatus.mutationOptions({ onSuccess: () => router.refresh() }));
  const move = (status: ClientStatus) => setStatus.mutate({ practiceSlug, clientId: client.id, status });
  const pendingFor = (status: ClientStatus) => setStatus.isPending && setStatus.variables?.status === status;
  const assignHref = `/p/${practiceSlug}/projects/new?clientId=${encodeURIComponent(client.id)}`;
  const archive = (
    <Button
      size="sm"
      variant="ghost"
      pending={pendingFor("ARCHIVED")}
      aria-label={`Archive ${client.name}`}
      onClick={() => move("ARCHIVED")}
    >
      Archive
    </Button>
  );
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap gap-2">
        {client.status === "LEAD" && (
          <>
            <Button asChild size="sm">
              <Link href={assignHref} aria-label={`Activate and assign a project to ${client.name}`}>
                Activate and assign a project
              </Link>
            </Button>
            <Button
              size="sm"
              variant="secondary"
              pending={pendingFor("ACTIVE")}
              aria-label={`Activate ${client.name}`}
              onClick={() => move("ACTIVE")}
            >
              Activate
            </Button>
            {archive}
          </>
        )}
        {client.status === "ACTIVE" && (
          <>
            <Button asChild size="sm" variant="secondary">
              <Link href={assignHref} aria-label={`Assign a project to ${client.name}`}>
                Assign a project
              </Link>
            </Button>
            {archive}
          </>
        )}
        {client.status === "COMPLETED" && archive}
        {client.status === "ARCHIVED" && (
          <Button
            size="sm"
            variant="secondary"
            pending={pendingFor("LEAD")}
            aria-label={`Move back to leads: ${client.name}`}
            onClick={() => move("LEAD")}
          >
            Move back to leads
          </Button>
        )}
      </div>
      {setStatus.error && <LimitAwareAlert error={setStatus.error} billingHref={billingHref} />}
    </div>
  );
}
