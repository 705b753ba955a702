import { env } from "~/env";
import { OPTIONAL_EMAIL_CATEGORIES } from "~/server/email/categories";
import { readUnsubscribeToken } from "~/server/email/unsubscribe-token";
import { optOut, practiceOf } from "./unsubscribe.system.repo";

/** What an unsubscribe link points at, for the confirmation page; null for a bad link. */
export async function describeUnsubscribe(token: string) {
  const target = readUnsubscribeToken(token, env.AUTH_SECRET);
  if (!target) return null;
  const practice = await practiceOf(target.practiceId);
  if (!practice) return null;
  return {
    ...target,
    practiceName: practice.name,
    preferencesPath: `/p/${practice.slug}/email-preferences`,
    label: OPTIONAL_EMAIL_CATEGORIES[target.category].label,
  };
}

/** Turns the emails off; true when the link was good. Repeating it is harmless. */
export async function unsubscribe(token: string): Promise<boolean> {
  const target = readUnsubscribeToken(token, env.AUTH_SECRET);
  if (!target || !(await practiceOf(target.practiceId))) return false;
  await optOut(target);
  return true;
}
