import { createHmac, timingSafeEqual } from "node:crypto";
import { isOptionalCategory, type OptionalEmailCategory } from "./categories";

// The one-click unsubscribe link must work without signing in (RFC 8058), so it carries what
// it unsubscribes — practice, address, category — signed with the app secret. It never
// expires: an old email's link should still work.

export interface UnsubscribeTarget {
  practiceId: string;
  email: string;
  category: OptionalEmailCategory;
}

const sign = (payload: string, secret: string) =>
  createHmac("sha256", secret).update(`unsubscribe:${payload}`).digest("base64url");

export function unsubscribeToken(target: UnsubscribeTarget, secret: string): string {
  const payload = Buffer.from(JSON.stringify([target.practiceId, target.email, target.category])).toString("base64url");
  return `${payload}.${sign(payload, secret)}`;
}

export function readUnsubscribeToken(token: string, secret: string): UnsubscribeTarget | null {
  const [payload, signature, extra] = token.split(".");
  if (!payload || !signature || extra !== undefined || token.length > 1000) return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed: unknown = JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
    if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((part) => typeof part === "string")) return null;
    const [practiceId, email, category] = parsed as [string, string, string];
    return isOptionalCategory(category) ? { practiceId, email, category } : null;
  } catch {
    return null;
  }
}
