import { AppError } from "~/server/errors";
import { bookingUidParam, manageTokenSchema } from "../schemas";

// What a manage link names, however it arrives (the API's query string or body, a page's form):
// one parse and one answer, so a malformed token, a wrong one and an unknown uid read the same.

export const bookingNotFound = () =>
  new AppError("NOT_FOUND", "That booking was not found. Check the link in your email.");

export function parseManageToken(candidate: unknown): string {
  const parsed = manageTokenSchema.safeParse(candidate);
  if (!parsed.success) throw bookingNotFound();
  return parsed.data;
}

/** A booking's uid and token as a form posts them back; anything that could name no booking is "not found". */
export function parseManageLink(uid: unknown, token: unknown): { uid: string; token: string } {
  const parsedUid = bookingUidParam.safeParse(uid);
  if (!parsedUid.success) throw bookingNotFound();
  return { uid: parsedUid.data, token: parseManageToken(token) };
}
