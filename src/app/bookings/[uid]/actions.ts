"use server";

import { redirect } from "next/navigation";
import { cancelInput } from "~/modules/bookings/schemas";
import { parseManageLink } from "~/modules/bookings/server/manage-link";
import { cancelByBooker } from "~/modules/bookings/server/public-bookings.service";
import { eraseBookerDetailsInput } from "~/modules/erasure/schemas";
import { eraseBookerDetails } from "~/modules/erasure/server/client-erasure.service";
import type { SimpleFormState } from "~/modules/bookings/ui/form-state";
import { parseOrThrow, PUBLIC_WRITE_LIMIT, publicAction } from "~/server/http/public-api";

const reasonOf = (form: FormData) => String(form.get("reason") ?? "").slice(0, 2000);

export const cancelBookingAction = publicAction<SimpleFormState>(
  PUBLIC_WRITE_LIMIT,
  async (form, now) => {
    const { uid, token } = parseManageLink(form.get("uid"), form.get("token"));
    const { reason } = parseOrThrow(cancelInput, { reason: reasonOf(form) });
    await cancelByBooker(uid, token, reason || null, now);
    redirect(`/bookings/${encodeURIComponent(uid)}?token=${encodeURIComponent(token)}&cancelled=1`);
  },
  (error, form) => ({ error: error.message, reason: reasonOf(form) }),
);

export const eraseMyDetailsAction = publicAction<SimpleFormState>(
  PUBLIC_WRITE_LIMIT,
  async (form, now) => {
    const { uid, token } = parseManageLink(form.get("uid"), form.get("token"));
    const { confirmation } = parseOrThrow(eraseBookerDetailsInput, {
      confirmation: String(form.get("confirmation") ?? "").slice(0, 400),
    });
    await eraseBookerDetails(uid, token, confirmation, now);
    redirect(`/bookings/${encodeURIComponent(uid)}?token=${encodeURIComponent(token)}&erased=1`);
  },
  (error) => ({ error: error.message }),
);
