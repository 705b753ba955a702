"use client";

import { useEffect, useState } from "react";

const TICK_MS = 30_000;

/**
 * The current time, kept fresh enough for "3 minutes ago", and read again whenever `data` changes, so times in new
 * data are not measured against a clock reading older than they are. Null until the page has hydrated: the server
 * cannot know the browser's clock, and a render that guessed would not match.
 */
export function useNow(data: unknown): Date | null {
  const [now, setNow] = useState<Date | null>(null);
  useEffect(() => {
    setNow(new Date());
    const timer = setInterval(() => setNow(new Date()), TICK_MS);
    return () => clearInterval(timer);
  }, [data]);
  return now;
}
