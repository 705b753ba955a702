"use client";

import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useMemo, useState, useTransition } from "react";

// Every day, month and time on the booking page is a plain link the server renders, so the page works before (and
// without) its script. Once it runs, those links navigate inside a transition, and what is loading is known until the
// new page has rendered: the list of times shows it instead of sitting still after a click.

/** What a click is waiting for: another day's or month's times (`of` names it), or the form of a picked time. */
export type PendingView = { kind: "day" | "month"; of?: string } | { kind: "form" };

interface BookingNavigationValue {
  pending: PendingView | null;
  navigate: (href: string, view: PendingView) => void;
  /** Follows a clicked link of the booking page in place, unless the browser should (a new tab, a download). */
  follow: (event: React.MouseEvent, href: string, view: PendingView) => void;
}

const BookingNavigationContext = createContext<BookingNavigationValue>({
  pending: null,
  navigate: () => undefined,
  follow: () => undefined,
});

/** A click the browser should keep: a new tab or window, a download, or not the main button. */
const keptByBrowser = (event: React.MouseEvent) =>
  event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey;

export function BookingNavigation({ children }: { children: React.ReactNode }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [view, setView] = useState<PendingView | null>(null);
  const navigate = useCallback(
    (href: string, next: PendingView) => {
      setView(next);
      // A picked time scrolls to its form (the link's #details); a day or a month keeps the calendar in view.
      startTransition(() => router.push(href, { scroll: next.kind === "form" }));
    },
    [router],
  );
  const value = useMemo(
    () => ({
      pending: isPending ? view : null,
      navigate,
      follow: (event: React.MouseEvent, href: string, next: PendingView) => {
        if (keptByBrowser(event)) return;
        event.preventDefault();
        navigate(href, next);
      },
    }),
    [isPending, view, navigate],
  );
  return <BookingNavigationContext value={value}>{children}</BookingNavigationContext>;
}

export const useBookingNavigation = () => useContext(BookingNavigationContext);
