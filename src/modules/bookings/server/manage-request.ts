import { parseManageToken } from "./manage-link";

/** The manage token comes in the query string (as in the emailed link) or the JSON body. */
export function manageTokenFrom(req: Request, body: unknown): string {
  return parseManageToken(new URL(req.url).searchParams.get("token") ?? (body as { token?: unknown } | null)?.token);
}
