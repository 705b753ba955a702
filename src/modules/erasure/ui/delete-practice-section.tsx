"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Alert, Card, CardHeader } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";
import { useTRPC } from "~/trpc/react";
import { TypedConfirmationForm } from "./typed-confirmation-form";

/** On the practice's settings, for owners: delete the practice once its subscription has ended. */
export function DeletePracticeSection({ practiceSlug, refusal }: { practiceSlug: string; refusal: string | null }) {
  const trpc = useTRPC();
  const router = useRouter();
  const remove = useMutation(trpc.erasure.deletePractice.mutationOptions({ onSuccess: () => router.push("/app") }));
  const { message, fields } = errorDetails(remove.error);
  return (
    <Card className="max-w-2xl">
      <CardHeader
        title="Delete practice"
        description="Removes the practice and everything in it for every member. Their own accounts stay."
      />
      <div className="space-y-4 p-5 text-sm">
        <p className="text-ink">
          Export the practice first if you want to keep anything: use{" "}
          <Link href={`/p/${practiceSlug}/settings#export-practice`} className="text-brand-700 font-medium underline">
            Export practice
          </Link>{" "}
          on this page.
        </p>
        {refusal ? (
          <Alert tone="neutral">
            {refusal}{" "}
            <Link href={`/p/${practiceSlug}/settings/billing`} className="font-medium underline">
              Billing
            </Link>
          </Alert>
        ) : (
          <TypedConfirmationForm
            opener="Delete this practice…"
            label="Type the practice's address to confirm"
            hint="Everyone loses access at once and its data is deleted within minutes. This cannot be undone."
            expected={practiceSlug}
            submitLabel="Delete the practice"
            pending={remove.isPending}
            error={message}
            fieldError={fields.confirmation}
            onConfirm={(confirmation) => remove.mutate({ practiceSlug, confirmation })}
          />
        )}
      </div>
    </Card>
  );
}
