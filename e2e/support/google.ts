import type { RecordedRequest } from "../../src/test/google-double";

// The Google of the e2e run (src/test/google-double.ts): playwright.config.ts starts it (e2e/support/google-double-
// server.ts) before `next start`, on a fixed port because the app and the worker are told before they start where
// Google is and which loopback address they may reach (OUTBOUND_ALLOWED_HOSTS). Every coach who connects Google
// Calendar in the run consents as `email`, whose primary calendar has that name.

const port = Number(process.env.E2E_GOOGLE_PORT ?? 5243);
const url = `http://127.0.0.1:${port}`;

export const E2E_GOOGLE = {
  port,
  url,
  hostPort: `127.0.0.1:${port}`,
  clientId: "fieldnotes-e2e.apps.googleusercontent.com",
  clientSecret: "e2e-google-client-secret",
  email: "robin.calendar@example.com",
} as const;

/** The settings that point the app server and the worker at the double instead of Google. */
export const E2E_GOOGLE_ENV = {
  GOOGLE_CLIENT_ID: E2E_GOOGLE.clientId,
  GOOGLE_CLIENT_SECRET: E2E_GOOGLE.clientSecret,
  GOOGLE_AUTH_URL: `${url}/o/oauth2/v2/auth`,
  GOOGLE_OAUTH_BASE_URL: url,
  GOOGLE_API_BASE_URL: url,
} as const;

const REQUEST_TIMEOUT_MS = 10_000;

async function askDouble(path: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(`${url}${path}`, { ...init, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  if (!response.ok) throw new Error(`The Google double refused ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** Everything the app and the worker have sent the double so far, oldest first. */
export const googleRequests = () => askDouble("/_double/requests") as Promise<RecordedRequest[]>;

/** An appointment made in the account's primary calendar, as the coach would in Google Calendar itself. */
export async function addGoogleEvent(event: { start: Date; end: Date; summary: string }) {
  await askDouble("/_double/events", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ start: event.start.toISOString(), end: event.end.toISOString(), summary: event.summary }),
  });
}
