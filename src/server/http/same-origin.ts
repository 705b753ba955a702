import { env } from "~/env";

/**
 * CSRF guard for state-changing requests: a browser always sends Origin (or at least
 * Sec-Fetch-Site) on a cross-site POST, and an attacker's page cannot forge either.
 * Requests with neither come from non-browser clients, which carry no ambient cookies.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  // A page with `referrer: no-referrer` makes the browser send "Origin: null"; the
  // Fetch Metadata header still tells same-origin from cross-site then.
  const origin = headers.get("origin");
  if (origin && origin !== "null") {
    if (origin === new URL(env.APP_URL).origin) return true;
    const host = headers.get("x-forwarded-host") ?? headers.get("host");
    try {
      return host !== null && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  const site = headers.get("sec-fetch-site");
  if (site) return site === "same-origin" || site === "none";
  return origin !== "null";
}
