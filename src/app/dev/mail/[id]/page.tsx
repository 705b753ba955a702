import Link from "next/link";
import { notFound } from "next/navigation";
import { env } from "~/env";
import { findMail } from "~/server/email/mailbox";

export const dynamic = "force-dynamic";
export const metadata = { title: "Development mailbox" };

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium" });

/** Text with its http(s) URLs as links; React escapes everything else. */
function Linkified({ text }: { text: string }) {
  return text.split(/(https?:\/\/[^\s<>"'()[\]]+)/g).map((part, index) => {
    if (index % 2 === 0) return part;
    const [, url = part, trailing = ""] = /^(.*?)([.,;:!?]*)$/.exec(part) ?? [];
    return (
      <span key={index}>
        <a href={url} className="text-brand-700 hover:text-brand-800 break-all underline underline-offset-2">
          {url}
        </a>
        {trailing}
      </span>
    );
  });
}

export default async function DevMailPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ view?: string | string[] }>;
}) {
  if (env.NODE_ENV === "production" || !env.MAIL_CATCHER_DIR) notFound();
  const { id } = await params;
  const mail = findMail(env.MAIL_CATCHER_DIR, id);
  if (!mail) notFound();
  const view = (await searchParams).view === "text" ? "text" : "html";

  const tab = (active: boolean) =>
    active
      ? "rounded-md bg-white px-3 py-1.5 text-sm font-medium text-slate-900 shadow-sm"
      : "rounded-md px-3 py-1.5 text-sm font-medium text-slate-500 hover:text-slate-900";

  return (
    <main className="mx-auto w-full max-w-5xl px-4 py-10">
      <Link href="/dev/mail" className="text-sm font-medium text-slate-500 hover:text-slate-900">
        ← Development mailbox
      </Link>
      <h1 className="mt-3 text-2xl font-semibold tracking-tight text-slate-900">{mail.subject || "(no subject)"}</h1>

      <dl className="mt-4 grid grid-cols-[5rem_1fr] gap-x-4 gap-y-1 rounded-lg border border-slate-200 bg-white p-4 text-sm">
        <dt className="text-slate-500">From</dt>
        <dd className="text-slate-900">{mail.from}</dd>
        <dt className="text-slate-500">To</dt>
        <dd className="text-slate-900">{mail.to.join(", ")}</dd>
        <dt className="text-slate-500">Received</dt>
        <dd className="text-slate-900">
          <time dateTime={mail.receivedAt}>{timeFormat.format(new Date(mail.receivedAt))}</time>
        </dd>
        {mail.headers["list-unsubscribe"] && (
          <>
            <dt className="text-slate-500">Unsubscribe</dt>
            <dd className="break-all text-slate-900">{mail.headers["list-unsubscribe"]}</dd>
          </>
        )}
      </dl>

      <nav aria-label="Format" className="mt-6 mb-3 inline-flex gap-1 rounded-lg bg-slate-100 p-1">
        <Link
          href={`/dev/mail/${mail.id}`}
          className={tab(view === "html")}
          aria-current={view === "html" ? "page" : undefined}
        >
          HTML
        </Link>
        <Link
          href={`/dev/mail/${mail.id}?view=text`}
          className={tab(view === "text")}
          aria-current={view === "text" ? "page" : undefined}
        >
          Text
        </Link>
      </nav>

      {view === "html" ? (
        mail.html ? (
          <div>
            <iframe
              sandbox=""
              srcDoc={mail.html}
              title="HTML version of the email"
              className="h-[70vh] w-full rounded-lg border border-slate-200 bg-white"
            />
            <p className="mt-2 text-xs text-slate-500">
              Links are disabled in this sandboxed preview; open the Text view to follow them.
            </p>
          </div>
        ) : (
          <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-500">
            This email has no HTML version.
          </p>
        )
      ) : (
        <pre className="overflow-x-auto rounded-lg border border-slate-200 bg-white p-4 font-mono text-sm break-words whitespace-pre-wrap text-slate-800">
          <Linkified text={mail.text || "(no text version)"} />
        </pre>
      )}
    </main>
  );
}
