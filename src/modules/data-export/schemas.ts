import { z } from "zod";

/** An emailed download link's token (src/lib/tokens.ts: 256 bits, base64url); anything else is not looked up. */
export const exportToken = z.string().regex(/^[A-Za-z0-9_-]{43}$/);
