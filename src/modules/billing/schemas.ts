import { z } from "zod";
import { isInstantInInputRange, singleLineText } from "~/lib/input-text";
import { MAX_SEATS } from "./domain/entitlements";

const billingIntervalSchema = z.enum(["month", "year"], { error: "Choose monthly or yearly billing." });

const seats = z
  .number({ error: "Enter a number of seats." })
  .int("Enter a whole number of seats.")
  .min(1, "A paid plan needs at least one seat.")
  .max(MAX_SEATS, `Contact us for more than ${MAX_SEATS} seats.`);

export const startCheckoutInput = z.object({ interval: billingIntervalSchema, seats: seats.optional() });

export const planChangeInput = z.object({ interval: billingIntervalSchema, seats });

/** The confirmed change carries the preview's proration time, so Stripe charges what was shown. */
export const applyPlanChangeInput = planChangeInput.extend({
  prorationDate: z
    .number()
    .int()
    .refine(
      (seconds) => isInstantInInputRange(seconds * 1000),
      "That price preview is out of date; preview the change again.",
    ),
});

export const checkoutReturnInput = z.object({
  sessionId: singleLineText()
    .max(255)
    .regex(/^cs_\w+$/, "That is not a Checkout session id."),
});
