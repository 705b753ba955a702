"use client";

import { useEffect, useState } from "react";

const POLL_MS = 2_000;
const GIVE_UP_MS = 60_000;

type Watch = { from: number | null; until: number; gaveUp: boolean };

/**
 * "Refresh now" only queues a read for the worker. Until the connection's last attempt moves on, the page is rendered
 * again every two seconds, so the status and any error appear without a reload; after a minute it stops asking.
 */
export function useReadWatch(lastAttemptAt: Date | null, refreshPage: () => void) {
  const [watch, setWatch] = useState<Watch | null>(null);
  const attempt = lastAttemptAt?.getTime() ?? null;
  const read = watch !== null && attempt !== watch.from;
  const waiting = watch !== null && !read && !watch.gaveUp;

  useEffect(() => {
    if (!waiting || !watch) return;
    const timer = setInterval(() => {
      if (Date.now() < watch.until) refreshPage();
      else setWatch({ ...watch, gaveUp: true });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [waiting, watch, refreshPage]);

  return {
    state: read ? ("read" as const) : waiting ? ("waiting" as const) : watch ? ("slow" as const) : ("idle" as const),
    start: () => setWatch({ from: attempt, until: Date.now() + GIVE_UP_MS, gaveUp: false }),
  };
}
