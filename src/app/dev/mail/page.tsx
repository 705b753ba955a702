import Link from "next/link";
import { notFound } from "next/navigation";
import { env } from "~/env";
import { readMailbox } from "~/server/email/mailbox";

export const dynamic = "force-dynamic";
export const metadata = { title: "Development mailbox" };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium" });

export default function DevMailboxPage() {
  if (env.NODE_ENV === "production" || !env.MAIL_CATCHER_DIR) notFound();
  const mails = readMailbox(env.MAIL_CATCHER_DIR);

  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-10">
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Development mailbox</h1>
          <p className="mt-1 text-sm text-slate-500">
            Emails sent while running <code className="rounded bg-slate-100 px-1 py-0.5 text-xs">npm run dev</code> land
            here instead of real inboxes.
          </p>
        </div>
        <Link
          href="/dev/mail"
          className="rounded-lg border border-slate-200 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50"
        >
          Refresh
        </Link>
      </div>

      {mails.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 px-6 py-12 text-center text-sm text-slate-500">
          No emails yet. Sign in or send an invitation and it will appear here.
        </div>
      ) : (
        <ul className="divide-y divide-slate-200 overflow-hidden rounded-lg border border-slate-200 bg-white text-sm">
          {mails.map((mail) => (
            <li key={mail.id}>
              <Link
                href={`/dev/mail/${mail.id}`}
                className="grid gap-1 px-4 py-3 hover:bg-slate-50 sm:grid-cols-[11rem_14rem_1fr] sm:gap-4"
              >
                <time dateTime={mail.receivedAt} className="text-slate-500 tabular-nums">
                  {timeFormat.format(new Date(mail.receivedAt))}
                </time>
                <span className="truncate text-slate-700">{mail.to.join(", ")}</span>
                <span className="truncate font-medium text-slate-900">{mail.subject || "(no subject)"}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  );
}
