import type { SecondFactorChange } from "@emails/second-factor-changed";
import { env } from "~/env";
import { formatInstant } from "~/lib/time-zones";
import { SECURITY_PAGE_PATH } from "~/server/auth/open-session";
import type { Prisma } from "~/server/db/client";
import { enqueueEmail } from "~/server/email/outbox";

export interface FactorOwner {
  id: string;
  email: string;
  timeZone: string | null;
}

/** Queues the notice of a change to the person's two-step sign-in, in the change's own transaction. */
export async function queueFactorChangeEmail(
  tx: Prisma.TransactionClient,
  person: FactorOwner,
  change: SecondFactorChange,
  { now, factorName, recoveryCodesLeft }: { now: Date; factorName?: string; recoveryCodesLeft?: number },
) {
  await enqueueEmail(tx, {
    template: "second-factor-changed",
    to: person.email,
    props: {
      change,
      factorName,
      recoveryCodesLeft,
      changedAt: formatInstant(now, person.timeZone ?? "UTC"),
      securityUrl: new URL(SECURITY_PAGE_PATH, env.APP_URL).toString(),
    },
    // Every change is its own email: nothing repeats one, so there is nothing to deduplicate.
    dedupeKey: `second-factor:${crypto.randomUUID()}`,
    practiceId: null,
  });
}
