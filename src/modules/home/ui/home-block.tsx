import Link from "next/link";
import { Card } from "~/components/ui/surface";

// One block of a home page: a heading with how many things wait, the first few as links to where
// each is done, a link to all of them, and a sentence for when there is nothing.

export function HomeBlock({
  id,
  title,
  count,
  seeAll,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  seeAll?: { href: string; label: string };
  empty: string;
  children: React.ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <Card className="flex min-w-0 flex-col" aria-labelledby={headingId} role="region">
      <div className="border-line flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b px-5 py-3.5">
        <h2 id={headingId} className="text-ink flex items-center gap-2 text-base font-semibold">
          {title}
          {/* Heard as "Messages to send (3)": one hidden phrase, since each separate piece would be read with spaces. */}
          <span
            aria-hidden
            className={
              count > 0
                ? "bg-brand-50 text-brand-800 ring-brand-100 rounded-full px-2 py-0.5 text-xs font-semibold tabular-nums ring-1"
                : "rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700 tabular-nums"
            }
          >
            {count}
          </span>
          <span className="sr-only">({count})</span>
        </h2>
        {seeAll && count > 0 && (
          <Link href={seeAll.href} className="text-brand-700 text-sm font-medium hover:underline">
            {seeAll.label}
          </Link>
        )}
      </div>
      {count === 0 ? (
        <p className="text-muted px-5 py-4 text-sm">{empty}</p>
      ) : (
        <ul className="divide-line divide-y">{children}</ul>
      )}
    </Card>
  );
}

/** A row that opens where its work is done; `aside` sits at the end (a badge, a join button). */
export function BlockRow({
  href,
  title,
  detail,
  aside,
}: {
  href: string;
  title: React.ReactNode;
  detail?: React.ReactNode;
  aside?: React.ReactNode;
}) {
  return (
    <li className="flex flex-wrap items-center justify-between gap-x-3 gap-y-2 px-5 py-3 text-sm">
      <div className="min-w-0 flex-1">
        <Link href={href} className="text-ink font-medium break-words hover:underline">
          {title}
        </Link>
        {detail && <p className="text-muted mt-0.5 break-words">{detail}</p>}
      </div>
      {aside && <div className="flex shrink-0 flex-wrap items-center gap-2">{aside}</div>}
    </li>
  );
}
