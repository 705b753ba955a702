"use client";

import { useEffect, useState } from "react";
import { detectBrowserTimeZone } from "~/lib/time-zone-names";
import { VISITOR_ZONE_COOKIE, visitorZoneCookie } from "./visitor-zone-cookie";

const storedZone = () =>
  document.cookie
    .split("; ")
    .find((pair) => pair.startsWith(`${VISITOR_ZONE_COOKIE}=`))
    ?.slice(VISITOR_ZONE_COOKIE.length + 1);

/**
 * Remembers the browser's zone for the server's next render (the next page, day, month or visit), so the booking
 * pages never reload themselves to learn it: a first visit costs one server render. Part of every public booking page
 * (public-shell.tsx), so the practice's and the coach's pages have set it before the visitor reaches the times.
 */
export function RememberTimeZone() {
  useEffect(() => {
    void detectBrowserTimeZone().then((zone) => {
      if (zone && storedZone() !== encodeURIComponent(zone)) {
        document.cookie = visitorZoneCookie(zone, window.location.protocol === "https:");
      }
    });
  }, []);
  return null;
}

/** The page's own address in the browser's zone; null where the page already shows it. */
function browserZoneHref(zone: string | undefined, shownZone: string): string | null {
  if (!zone || zone === shownZone) return null;
  const url = new URL(window.location.href);
  url.searchParams.set("tz", zone);
  return `${url.pathname}${url.search}`;
}

/** On a page shown in the coach's zone (a visitor's first page), a link to the same page in the browser's zone. */
export function OfferBrowserTimeZone({ shownZone }: { shownZone: string }) {
  const [href, setHref] = useState<string | null>(null);
  useEffect(() => {
    let shown = true;
    void detectBrowserTimeZone().then((zone) => shown && setHref(browserZoneHref(zone, shownZone)));
    return () => {
      shown = false;
    };
  }, [shownZone]);
  // The line keeps its height before the link appears, so nothing below it moves (layout shift).
  return (
    <p className="h-5 truncate pl-6 text-sm">
      {href && (
        <a className="text-brand-700 font-medium hover:underline" href={href}>
          Show times in your own time zone
        </a>
      )}
    </p>
  );
}
