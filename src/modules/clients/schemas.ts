import { z } from "zod";

export const CLIENT_STATUSES = ["LEAD", "ACTIVE", "COMPLETED", "ARCHIVED"] as const;

export const setClientStatusInput = z.object({
  clientId: z.string().min(1).max(64),
  status: z.enum(CLIENT_STATUSES, { error: "Choose lead, active, completed or archived." }),
});
