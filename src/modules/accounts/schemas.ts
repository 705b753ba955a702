import { z } from "zod";
import { singleLineText } from "~/lib/input-text";
import { timeZoneSchema } from "~/lib/time-zones";

export const updateProfileInput = z.object({
  name: singleLineText().trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  timeZone: timeZoneSchema,
});

export const detectedTimeZoneInput = z.object({ timeZone: timeZoneSchema });
