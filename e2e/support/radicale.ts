// The CalDAV server of the e2e run: playwright.config.ts starts it (e2e/support/radicale-server.ts) before
// `next start`, on a fixed port because the app and the worker are told before they start which loopback address
// they may reach (OUTBOUND_ALLOWED_HOSTS). The account's one calendar, "Work", is made when it starts.

const port = Number(process.env.E2E_RADICALE_PORT ?? 5242);

export const E2E_RADICALE = {
  port,
  url: `http://127.0.0.1:${port}/`,
  hostPort: `127.0.0.1:${port}`,
  username: "coach",
  password: "e2e-app-password",
  calendar: { slug: "work", displayName: "Work" },
} as const;

const REQUEST_TIMEOUT_MS = 10_000;

/** The "Work" calendar's collection, or an object in it. */
export const workCalendarUrl = (objectName = "") =>
  new URL(`${E2E_RADICALE.username}/${E2E_RADICALE.calendar.slug}/${encodeURIComponent(objectName)}`, E2E_RADICALE.url)
    .href;

/** A WebDAV request to Radicale as the account's owner, the way a calendar app would change the calendar. */
export async function radicaleRequest(method: "PUT" | "DELETE", url: string, ics?: string) {
  const response = await fetch(url, {
    method,
    body: ics,
    headers: {
      authorization: `Basic ${Buffer.from(`${E2E_RADICALE.username}:${E2E_RADICALE.password}`).toString("base64")}`,
      ...(ics ? { "content-type": "text/calendar; charset=utf-8" } : {}),
    },
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  if (!response.ok) throw new Error(`Radicale refused ${method} ${url}: ${response.status} ${await response.text()}`);
}
