import { z } from "zod";
import { singleLineText } from "~/lib/input-text";
import { timeZoneSchema } from "~/lib/time-zones";
import { TIME_FORMAT_PREFERENCES } from "~/lib/viewer-locale";

export const updateProfileInput = z.object({
  name: singleLineText().trim().min(1, "Enter your name.").max(80, "Keep your name under 80 characters."),
  timeZone: timeZoneSchema,
  // Optional so that a client which does not know the setting leaves it as it is.
  timeFormat: z.enum(TIME_FORMAT_PREFERENCES, { error: "Choose how times are shown." }).optional(),
});

export const detectedTimeZoneInput = z.object({ timeZone: timeZoneSchema });
