import { AppError } from "~/server/errors";
import { manageTokenSchema } from "../schemas";

/** The manage token comes in the query string (as in the emailed link) or the JSON body. */
export function manageTokenFrom(req: Request, body: unknown): string {
  const candidate = new URL(req.url).searchParams.get("token") ?? (body as { token?: unknown } | null)?.token;
  const parsed = manageTokenSchema.safeParse(candidate);
  if (!parsed.success) throw new AppError("NOT_FOUND", "That booking was not found. Check the link in your email.");
  return parsed.data;
}
