"use client";

import { useRouter } from "next/navigation";
import { useCallback, useTransition } from "react";

/**
 * Renders the page again on the server after a change. `refreshing` lasts until the new page is in, so a control can
 * keep showing what was chosen instead of flicking back to the old value in between.
 */
export function usePageRefresh() {
  const router = useRouter();
  const [refreshing, startTransition] = useTransition();
  const refresh = useCallback(() => startTransition(() => router.refresh()), [router]);
  return { refreshing, refresh };
}
