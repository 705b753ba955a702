"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { Button } from "~/components/ui/button";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";

export function MarkReviewedButton({ practiceSlug, reflectionId }: { practiceSlug: string; reflectionId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const mark = useMutation(trpc.reflections.markReviewed.mutationOptions({ onSuccess: () => router.refresh() }));
  return (
    <div className="space-y-2">
      <Button pending={mark.isPending} onClick={() => mark.mutate({ practiceSlug, reflectionId })}>
        Mark reviewed
      </Button>
      {mark.error && <Alert tone="danger">{errorDetails(mark.error).message}</Alert>}
    </div>
  );
}

/** Close a finished project, or reopen it (staff). */
export function ProjectStatusButton({
  practiceSlug,
  projectId,
  closed,
}: {
  practiceSlug: string;
  projectId: string;
  closed: boolean;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const options = { onSuccess: () => router.refresh() };
  const close = useMutation(trpc.reflections.closeProject.mutationOptions(options));
  const reopen = useMutation(trpc.reflections.reopenProject.mutationOptions(options));
  const action = closed ? reopen : close;
  return (
    <div className="space-y-2">
      <Button
        variant={closed ? "secondary" : "primary"}
        pending={action.isPending}
        onClick={() => action.mutate({ practiceSlug, projectId })}
      >
        {closed ? "Reopen project" : "Close project"}
      </Button>
      {action.error && <Alert tone="danger">{errorDetails(action.error).message}</Alert>}
    </div>
  );
}
