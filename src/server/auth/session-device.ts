import { deviceLabelOf } from "~/lib/device-label";

/** Enough for every real browser's header (they run 100–250 characters); the rest is someone's padding. */
export const USER_AGENT_MAX_LENGTH = 512;

// Control characters (NUL above all, which PostgreSQL text refuses) would break the row or the page that shows it.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]+/g;

/** What a session row keeps about the browser that opened it: the header as sent (cleaned, bounded) and its label. */
export function sessionDeviceOf(rawUserAgent: string | null | undefined) {
  const userAgent =
    (rawUserAgent ?? "")
      .slice(0, USER_AGENT_MAX_LENGTH * 2)
      .replace(CONTROL_CHARACTERS, " ")
      .trim()
      .slice(0, USER_AGENT_MAX_LENGTH) || null;
  return { userAgent, deviceLabel: deviceLabelOf(userAgent) };
}

/**
 * The User-Agent of the request being served: Auth.js' route handler and server actions run inside one. Scripts,
 * the worker and tests open sessions outside any request, where next/headers throws (and, under Playwright's plain
 * Node loader, cannot even be resolved, hence the import here); they have no browser to name.
 */
export async function requestUserAgent(): Promise<string | null> {
  try {
    const { headers } = await import("next/headers");
    return (await headers()).get("user-agent");
  } catch {
    return null;
  }
}
