import { afterAll } from "vitest";
import { startGoogleDouble } from "./google-double";

// Import this first in a test file that connects Google Calendar: it starts the local Google double and points
// src/env.ts (read lazily, on first use) at it, allowed past the outbound fetcher's loopback block.

export const googleDouble = await startGoogleDouble();

process.env.GOOGLE_CLIENT_ID = googleDouble.clientId;
process.env.GOOGLE_CLIENT_SECRET = googleDouble.clientSecret;
process.env.GOOGLE_AUTH_URL = `${googleDouble.baseUrl}/o/oauth2/v2/auth`;
process.env.GOOGLE_OAUTH_BASE_URL = googleDouble.baseUrl;
process.env.GOOGLE_API_BASE_URL = googleDouble.baseUrl;
process.env.OUTBOUND_ALLOWED_HOSTS = [process.env.OUTBOUND_ALLOWED_HOSTS, googleDouble.hostPort]
  .filter(Boolean)
  .join(",");

afterAll(() => googleDouble.stop());
