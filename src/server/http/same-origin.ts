import { env } from "~/env";

/**
 * CSRF guard for state-changing requests: a browser always sends Origin (or at least
 * Sec-Fetch-Site) on a cross-site POST, and an attacker's page cannot forge either.
 * Requests with neither come from non-browser clients, which carry no ambient cookies.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get("origin");
  if (origin) {
    if (origin === new URL(env.APP_URL).origin) return true;
    const host = headers.get("x-forwarded-host") ?? headers.get("host");
    try {
      return host !== null && new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  const site = headers.get("sec-fetch-site");
  return site === null || site === "same-origin" || site === "none";
}
