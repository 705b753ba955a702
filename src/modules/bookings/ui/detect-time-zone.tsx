"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { browserTimeZone } from "~/lib/time-zone-names";

/** Reloads the page in the browser's own time zone; rendered only while the URL has none. */
export function DetectTimeZone() {
  const router = useRouter();
  useEffect(() => {
    const zone = browserTimeZone();
    if (!zone) return;
    const url = new URL(window.location.href);
    url.searchParams.set("tz", zone);
    router.replace(`${url.pathname}${url.search}${url.hash}`, { scroll: false });
  }, [router]);
  return null;
}
