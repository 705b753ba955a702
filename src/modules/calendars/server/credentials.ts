import { openSecret, sealSecret } from "~/server/crypto/secret-box";
import type { CalendarConnectionKind } from "~/server/db/client";

// What each kind of connection needs to reach the calendar, sealed as one JSON value in the connection's row. The
// feed URL counts as a secret too: Google's and iCloud's "secret address" is the whole credential.

export interface FeedCredentials {
  url: string;
}

export interface CaldavCredentials {
  serverUrl: string;
  username: string;
  password: string;
}

export interface GoogleCredentials {
  refreshToken: string;
  accessToken: string;
  /** ISO instant the access token stops working. */
  expiresAt: string;
}

interface CredentialsOf {
  ICS_FEED: FeedCredentials;
  CALDAV: CaldavCredentials;
  GOOGLE: GoogleCredentials;
}

export const sealCredentials = <Kind extends CalendarConnectionKind>(_kind: Kind, credentials: CredentialsOf[Kind]) =>
  sealSecret(JSON.stringify(credentials));

export const openCredentials = <Kind extends CalendarConnectionKind>(
  _kind: Kind,
  sealed: string,
): CredentialsOf[Kind] => JSON.parse(openSecret(sealed)) as CredentialsOf[Kind];
