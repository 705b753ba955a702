import Link from "next/link";
import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";

/**
 * On the client's workspace while a check-in waits for their answers: the coach's request is
 * otherwise only in an email, so the workspace says so and links straight to the form.
 */
export function CheckInCall({
  href,
  requestedAt,
  timeZone,
  reader,
}: {
  href: string;
  requestedAt: Date;
  timeZone: string;
  reader: ViewerLocale;
}) {
  return (
    <Link
      href={href}
      className="rounded-card border-brand-100 bg-brand-50 hover:border-brand-700 focus-visible:outline-brand-700 flex flex-wrap items-center justify-between gap-3 border px-5 py-4 focus-visible:outline-2"
    >
      <span className="min-w-0">
        <span className="text-brand-800 block font-semibold">Your coach asked for a check-in</span>
        <span className="text-muted block text-sm">
          Five quick ratings and the worries in the way. Asked {formatInstant(requestedAt, timeZone, reader)}.
        </span>
      </span>
      <span className="text-brand-700 text-sm font-medium">Answer the check-in →</span>
    </Link>
  );
}
