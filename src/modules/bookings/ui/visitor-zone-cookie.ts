// The booking pages render in the visitor's zone from the first server render of every later visit: the browser
// reports its zone once, in this cookie, instead of the page reloading itself with `?tz=` (a second render) on
// every first visit. Read by the server (session-booking.tsx), written by the browser (detect-time-zone.tsx).
export const VISITOR_ZONE_COOKIE = "visitor-tz";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The `document.cookie` line that remembers a zone for every booking page. */
export function visitorZoneCookie(zone: string, secure: boolean): string {
  return `${VISITOR_ZONE_COOKIE}=${encodeURIComponent(zone)}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${secure ? "; Secure" : ""}`;
}
