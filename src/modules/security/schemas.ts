import { z } from "zod";

export const revokeSessionInput = z.object({ sessionId: z.uuid("That session was not found.") });
