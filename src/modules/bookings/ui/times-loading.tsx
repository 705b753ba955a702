"use client";

import { cn } from "~/lib/cn";
import { useBookingNavigation, type PendingView } from "./booking-navigation";

const SKELETON_TIMES = 6;

/** A time's link books that instant (`start`); the list's only other link shows the next month. */
const viewOf = (href: string): PendingView =>
  new URL(href, window.location.href).searchParams.has("start") ? { kind: "form" } : { kind: "month" };

function announcement(pending: PendingView | null) {
  if (!pending) return "";
  if (pending.kind === "form") return "Opening the form for your details…";
  return pending.of ? `Loading times for ${pending.of}…` : "Loading times…";
}

/**
 * Wraps the list of times (a server-rendered list of links) from outside: follows its links in place and, while
 * another day's times load, shows placeholders; while a picked time's form loads, dims the list.
 */
export function TimesLoading({ children }: { children: React.ReactNode }) {
  const { pending, follow } = useBookingNavigation();
  const onClickCapture = (event: React.MouseEvent<HTMLDivElement>) => {
    const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
    const href = link?.getAttribute("href");
    if (href) follow(event, href, viewOf(href));
  };
  return (
    <div className="relative min-w-0" aria-busy={pending ? true : undefined} onClickCapture={onClickCapture}>
      <p role="status" className="sr-only">
        {announcement(pending)}
      </p>
      {pending && pending.kind !== "form" ? (
        <TimesSkeleton of={pending.of} />
      ) : (
        <div className={cn(pending && "pointer-events-none opacity-60 transition-opacity")}>{children}</div>
      )}
      {pending?.kind === "form" && (
        <p className="text-muted mt-3 flex items-center gap-2 text-sm" aria-hidden="true">
          <Spinner />
          Opening the form…
        </p>
      )}
    </div>
  );
}

function TimesSkeleton({ of }: { of?: string }) {
  return (
    <div aria-hidden="true">
      <p className="text-muted mb-3 flex h-6 items-center gap-2 text-base font-semibold">
        <Spinner />
        {of || "Loading times"}
      </p>
      <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4 md:grid-cols-2">
        {Array.from({ length: SKELETON_TIMES }, (_, index) => (
          <li key={index} className="h-10 animate-pulse rounded-lg bg-slate-100" />
        ))}
      </ul>
    </div>
  );
}

function Spinner() {
  return <span className="border-brand-700 size-4 shrink-0 animate-spin rounded-full border-2 border-r-transparent" />;
}
