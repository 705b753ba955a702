import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

// The manage link's token is derived from the booking's random uid (128 bits) and the
// app secret, so a retried booking request can be answered with the same link, while
// the database keeps only a hash of it: someone who reads the database cannot act on a
// booking, and someone who guesses uids cannot either.

export function newBookingUid(): string {
  return randomBytes(16).toString("base64url");
}

export function manageTokenFor(uid: string, secret: string): string {
  return createHmac("sha256", secret).update(`booking-manage:${uid}`).digest("base64url");
}

export function hashManageToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

export function manageTokenMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(hashManageToken(token), "hex");
  const stored = Buffer.from(storedHash, "hex");
  return given.length === stored.length && timingSafeEqual(given, stored);
}
