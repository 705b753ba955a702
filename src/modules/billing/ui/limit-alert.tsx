"use client";

import Link from "next/link";
import { Alert } from "~/components/ui/surface";
import { errorDetails } from "~/lib/trpc-errors";

const isLimit = (error: unknown) =>
  (error as { data?: { appCode?: string } } | null)?.data?.appCode === "LIMIT_REACHED";

/** A failed mutation's message; a plan limit also gets the way out (for people who can take it). */
export function LimitAwareAlert({ error, billingHref }: { error: unknown; billingHref: string | null }) {
  const { message } = errorDetails(error);
  if (!message) return null;
  return (
    <Alert tone={isLimit(error) ? "warning" : "danger"}>
      {message}
      {isLimit(error) && billingHref && (
        <>
          {" "}
          <Link href={billingHref} className="font-medium underline">
            Go to Billing
          </Link>
        </>
      )}
    </Alert>
  );
}
