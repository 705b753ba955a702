import "server-only";
import { headers } from "next/headers";
import { cache } from "react";
import { resolveViewerLocale, type ViewerLocale } from "~/lib/viewer-locale";
import { auth } from "~/server/auth/config";

/**
 * How the person reading this page reads times: their browser's language (Accept-Language) for the shape of dates,
 * and for the clock their own preference when signed in, else the browser's. Once per request, however many
 * components ask.
 */
export const viewerLocale = cache(async (): Promise<ViewerLocale> => {
  const [requestHeaders, session] = await Promise.all([headers(), auth()]);
  return resolveViewerLocale(requestHeaders.get("accept-language"), session?.user?.timeFormat ?? "AUTO");
});
