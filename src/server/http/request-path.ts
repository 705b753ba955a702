import { headers } from "next/headers";

export const REQUEST_PATH_HEADER = "x-fieldnotes-path";

/** The path (and query) of the page being rendered, as src/proxy.ts recorded it; `fallback` outside its matcher. */
export async function requestPathOr(fallback: string): Promise<string> {
  const path = (await headers()).get(REQUEST_PATH_HEADER);
  return path && path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
