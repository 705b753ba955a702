import { z } from "zod";
import { singleLineText } from "~/lib/input-text";

// What a person types to confirm an erasure: checked against the real value by the service (domain/confirmation.ts).
const confirmation = (what: string) =>
  singleLineText({ error: `Type ${what} to confirm.` })
    .max(320, `Type ${what} to confirm.`)
    .min(1, `Type ${what} to confirm.`);

export const scheduleAccountDeletionInput = z.object({ confirmation: confirmation("your email address") });

export const eraseClientInput = z.object({
  clientId: singleLineText({ error: "Choose a client." }).min(1, "Choose a client.").max(64),
  confirmation: confirmation("the client's email address"),
});

export const deletePracticeInput = z.object({ confirmation: confirmation("the practice's address") });

export const eraseBookerDetailsInput = z.object({ confirmation: confirmation("the email address you booked with") });
