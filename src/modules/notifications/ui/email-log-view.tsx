import Link from "next/link";
import { Alert, Badge, Card, EmptyState, PageHeader } from "~/components/ui/surface";
import { cn } from "~/lib/cn";
import { formatInstant } from "~/lib/time-zones";
import type { ViewerLocale } from "~/lib/viewer-locale";
import { zoneLabel } from "~/lib/zone-labels";
import { explainEmailReason } from "../domain/email-reasons";
import { EMAIL_STATUSES, type EmailStatusFilter } from "../schemas";
import type { emailStatusCounts, listEmailLog } from "../server/email-log.service";
import { RetryEmailButton } from "./retry-email-button";

type Page = Awaited<ReturnType<typeof listEmailLog>>;
type Counts = Awaited<ReturnType<typeof emailStatusCounts>>;
type Message = Page["items"][number];

const STATUS: Record<
  EmailStatusFilter,
  { label: string; tone: "neutral" | "brand" | "warning" | "danger" | "success" }
> = {
  QUEUED: { label: "Queued", tone: "brand" },
  SENDING: { label: "Sending", tone: "warning" },
  SENT: { label: "Sent", tone: "success" },
  DEAD: { label: "Failed", tone: "danger" },
  CANCELLED: { label: "Cancelled", tone: "neutral" },
};

/**
 * What a row says about its stored reason: why a dead email failed, why a queued one's last try
 * did, or why a cancelled one was not sent (withdrawn, unsubscribed, no longer true when due).
 */
const REASON_STYLE: Record<EmailStatusFilter, { prefix: string; className: string }> = {
  QUEUED: { prefix: "The last try failed. ", className: "text-amber-800" },
  SENDING: { prefix: "The last try failed. ", className: "text-amber-800" },
  SENT: { prefix: "", className: "text-muted" },
  DEAD: { prefix: "", className: "font-medium text-red-700" },
  CANCELLED: { prefix: "", className: "text-muted" },
};

function Reason({ message }: { message: Message }) {
  if (!message.lastError) return null;
  const style = REASON_STYLE[message.status];
  const reason = explainEmailReason(message.lastError, message.status === "CANCELLED" ? "notSent" : "failed");
  return (
    <div className="space-y-1 text-sm">
      <p className={cn("break-words", style.className)}>
        {style.prefix}
        {reason.sentence}
      </p>
      {reason.technical && (
        <details className="text-muted">
          <summary className="cursor-pointer text-xs">Technical details</summary>
          <p className="mt-1 font-mono text-xs break-all">{reason.technical}</p>
        </details>
      )}
    </div>
  );
}

function logHref(practiceSlug: string, status: EmailStatusFilter | null, cursor?: string) {
  const query = new URLSearchParams();
  if (status) query.set("status", status);
  if (cursor) query.set("cursor", cursor);
  const search = query.toString();
  return `/p/${practiceSlug}/settings/email${search ? `?${search}` : ""}`;
}

function StatusFilter({
  practiceSlug,
  counts,
  current,
}: {
  practiceSlug: string;
  counts: Counts;
  current: EmailStatusFilter | null;
}) {
  const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
  const options: Array<{ status: EmailStatusFilter | null; label: string; count: number }> = [
    { status: null, label: "All", count: total },
    ...EMAIL_STATUSES.map((status) => ({ status, label: STATUS[status].label, count: counts[status] })),
  ];
  return (
    <nav aria-label="Filter by status" className="mb-4 flex flex-wrap gap-2">
      {options.map((option) => {
        const active = option.status === current;
        const dead = option.status === "DEAD" && option.count > 0;
        return (
          <Link
            key={option.label}
            href={logHref(practiceSlug, option.status)}
            aria-current={active ? "page" : undefined}
            className={cn(
              "inline-flex h-8 items-center gap-1.5 rounded-full border px-3 text-sm font-medium",
              active
                ? "border-brand-700 bg-brand-50 text-brand-800"
                : "border-line text-ink bg-white hover:bg-slate-50",
              dead && !active && "border-red-300 text-red-700",
              dead && active && "border-red-600 bg-red-50 text-red-800",
            )}
          >
            {option.label}
            <span className={cn("tabular-nums", dead ? "font-semibold" : "text-muted")}>{option.count}</span>
          </Link>
        );
      })}
    </nav>
  );
}

function MessageRow({
  message,
  zone,
  reader,
  practiceSlug,
}: {
  message: Message;
  zone: string;
  reader: ViewerLocale;
  practiceSlug: string;
}) {
  const dead = message.status === "DEAD";
  const status = STATUS[message.status];
  const [timeLabel, time] = {
    QUEUED: ["Due", message.runAt],
    SENDING: ["Sending since", message.updatedAt],
    SENT: ["Sent", message.sentAt ?? message.updatedAt],
    DEAD: ["Gave up", message.updatedAt],
    CANCELLED: ["Cancelled", message.updatedAt],
  }[message.status] as [string, Date];
  return (
    <li className={cn("flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-start", dead && "bg-red-50/60")}>
      <div className="min-w-0 flex-1 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={status.tone}>{status.label}</Badge>
          <span className="text-muted text-xs font-medium tracking-wide uppercase">{message.label}</span>
        </div>
        <p className="text-ink font-medium break-words">{message.subject ?? "(subject unavailable)"}</p>
        <p className="text-muted text-sm break-all">To {message.to}</p>
        <p className="text-muted text-sm">
          {`${timeLabel} `}
          <time dateTime={time.toISOString()}>{formatInstant(time, zone, reader)}</time>
          {message.attempts > 0 && ` · ${message.attempts === 1 ? "1 attempt" : `${message.attempts} attempts`}`}
        </p>
        <Reason message={message} />
      </div>
      {dead && <RetryEmailButton practiceSlug={practiceSlug} messageId={message.id} />}
    </li>
  );
}

export function EmailLogView({
  practiceSlug,
  zone,
  reader,
  counts,
  page,
  status,
  cursor,
}: {
  practiceSlug: string;
  zone: string;
  reader: ViewerLocale;
  counts: Counts;
  page: Page;
  status: EmailStatusFilter | null;
  cursor: string | null;
}) {
  return (
    <>
      <PageHeader
        title="Email log"
        description={`Every email this practice sends: booking emails, reminders, project updates, billing notices. Times in ${zoneLabel(zone, new Date())}.`}
      />
      {counts.DEAD > 0 && status !== "DEAD" && (
        <div className="mb-4">
          <Alert
            tone="danger"
            title={`${counts.DEAD} ${counts.DEAD === 1 ? "email" : "emails"} could not be delivered`}
          >
            Fieldnotes tried several times and then stopped.{" "}
            <Link className="font-medium underline" href={logHref(practiceSlug, "DEAD")}>
              See why each one failed
            </Link>{" "}
            and send it again once the cause (often a mistyped address or the mail server) is fixed.
          </Alert>
        </div>
      )}
      <StatusFilter practiceSlug={practiceSlug} counts={counts} current={status} />
      {page.items.length === 0 ? (
        <EmptyState
          title={status ? `No ${STATUS[status].label.toLowerCase()} emails` : "No emails yet"}
          description={
            status
              ? "Nothing in this state right now."
              : "Emails this practice sends, such as booking confirmations and reminders, appear here with their delivery status."
          }
        />
      ) : (
        <Card>
          <ul className="divide-line divide-y">
            {page.items.map((message) => (
              <MessageRow key={message.id} message={message} zone={zone} reader={reader} practiceSlug={practiceSlug} />
            ))}
          </ul>
        </Card>
      )}
      <div className="mt-4 flex justify-end gap-3 text-sm">
        {cursor && (
          <Link className="text-brand-700 font-medium hover:underline" href={logHref(practiceSlug, status)}>
            Newest
          </Link>
        )}
        {page.nextCursor && (
          <Link
            className="text-brand-700 font-medium hover:underline"
            href={logHref(practiceSlug, status, page.nextCursor)}
          >
            Older →
          </Link>
        )}
      </div>
    </>
  );
}
