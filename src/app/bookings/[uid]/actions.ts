"use server";

import { redirect } from "next/navigation";
import { cancelInput, manageTokenSchema } from "~/modules/bookings/schemas";
import { cancelByBooker } from "~/modules/bookings/server/public-bookings.service";
import type { SimpleFormState } from "~/modules/bookings/ui/form-state";
import { systemClock } from "~/server/clock";
import { AppError } from "~/server/errors";

export async function cancelBookingAction(_previous: SimpleFormState, form: FormData): Promise<SimpleFormState> {
  const uid = String(form.get("uid") ?? "").slice(0, 100);
  const reason = String(form.get("reason") ?? "").slice(0, 2000);
  const token = manageTokenSchema.safeParse(String(form.get("token") ?? "").slice(0, 200));
  if (!token.success || !uid) return { error: "That booking was not found. Check the link in your email.", reason };
  const input = cancelInput.safeParse({ reason });
  if (!input.success) return { error: input.error.issues[0]?.message ?? "Check the reason.", reason };
  try {
    await cancelByBooker(uid, token.data, input.data.reason || null, systemClock.now());
  } catch (error) {
    if (error instanceof AppError) return { error: error.message, reason };
    throw error;
  }
  redirect(`/bookings/${encodeURIComponent(uid)}?token=${encodeURIComponent(token.data)}&cancelled=1`);
}
