"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";

/**
 * Renders the page again on the server after a change. `refreshing` lasts until the new page is in, so a control can
 * keep showing what was chosen instead of flicking back to the old value in between, and a link shown after the change
 * can wait for it: a click on a link while the refresh is under way is dropped.
 */
export function usePageRefresh() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const refresh = useCallback(() => startTransition(() => router.refresh()), [router]);
  return { refreshing, refresh };
}
